//! A collection server's refusal (422) in plain words: each finding named by
//! the question or field its pointer designates, in the citizen's language;
//! never a JSON pointer, a line and column, a finding code or a schema
//! validator's text. (The widget's own findings use the core's
//! `Finding::citizen_message`.)

use crate::catalogue::Known;
use crate::draft::Draft;
use crate::i18n::{t, tf, Words};
use napcheck_core::Lang;

/// What the part of the assessment at `pointer` is called on screen: the
/// question's title for an answer, the field's label for the details.
pub(crate) fn place(
    pointer: &str,
    draft: &Draft,
    known: &Known,
    words: &Words,
    lang: Lang,
) -> Option<String> {
    if let Some(rest) = pointer.strip_prefix("/answers/") {
        let index: usize = rest.split('/').next()?.parse().ok()?;
        let id = draft
            .assessment(known, lang)
            .answers
            .get(index)?
            .criterion
            .clone();
        let title = draft
            .criteria_set(known, lang)
            .and_then(|s| s.criterion(&id))
            .map_or(id, |c| c.title.get(lang).to_owned());
        return Some(tf(words, lang, "plain.question", &[("title", &title)]));
    }
    let key = [
        ("/site/url", "details.url"),
        ("/site/name", "details.name"),
        ("/site/region", "details.region"),
        ("/site/body", "details.body"),
        ("/site/body_kind", "details.kind"),
        ("/checked_on", "details.checked_on"),
        ("/assessor", "details.assessor"),
        ("/criteria_set", "details.set"),
    ]
    .into_iter()
    .find(|(prefix, _)| pointer.starts_with(prefix))?
    .1;
    Some(t(words, lang, key).to_owned())
}

/// `message` preceded by the name of what it concerns, when known.
pub(crate) fn located(
    pointer: &str,
    message: &str,
    draft: &Draft,
    known: &Known,
    words: &Words,
    lang: Lang,
) -> String {
    match place(pointer, draft, known, words, lang) {
        Some(place) => format!("{place}: {message}"),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use napcheck_core::{Day, Observation};

    #[test]
    fn answers_are_named_by_their_question_and_details_by_their_label() {
        let known = Known::default();
        let words = Words::default();
        let mut draft = Draft::new(
            "d1".into(),
            Day::from_ymd(2018, 8, 17).expect("day"),
            &known,
        );
        let first = draft.applicable(&known, Lang::En)[0];
        draft.answers.insert(
            first.id.clone(),
            crate::draft::DraftAnswer {
                observation: Some(Observation::NotAssessable),
                ..Default::default()
            },
        );
        let text = located(
            "/answers/0/observation",
            "Too large.",
            &draft,
            &known,
            &words,
            Lang::En,
        );
        assert!(text.contains(first.title.get(Lang::En)), "{text}");
        assert!(!text.contains("/answers"), "{text}");
        assert_eq!(
            located("/site/url", "Missing.", &draft, &known, &words, Lang::En),
            format!("{}: Missing.", t(&words, Lang::En, "details.url"))
        );
        assert_eq!(
            located("", "Whole.", &draft, &known, &words, Lang::En),
            "Whole."
        );
    }
}
