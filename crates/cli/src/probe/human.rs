//! The hints document as text for people (`--format human`): per site its
//! address and outcome, then one line per hint: the criterion's title, the
//! suggestion in the set's words, the confidence and the note.

use napcheck_core::hints::{Confidence, SiteHints};
use napcheck_core::{CriteriaSet, Lang, Observation};
use std::fmt::Write;

fn pick(lang: Lang, az: &'static str, en: &'static str, ru: &'static str) -> &'static str {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

fn confidence(c: Confidence, lang: Lang) -> &'static str {
    match c {
        Confidence::High => pick(lang, "yüksək", "high", "высокая"),
        Confidence::Medium => pick(lang, "orta", "medium", "средняя"),
        Confidence::Low => pick(lang, "aşağı", "low", "низкая"),
    }
}

/// A suggestion in the set's words.
fn suggestion(observation: &Observation, criterion: &str, set: &CriteriaSet, lang: Lang) -> String {
    let label = |id: &str| {
        set.criterion(criterion)
            .and_then(|c| c.observation.options().iter().find(|o| o.id == id))
            .map_or_else(|| id.to_owned(), |o| o.label.get(lang).to_owned())
    };
    match observation {
        Observation::YesNo(true) => pick(lang, "bəli", "yes", "да").to_owned(),
        Observation::YesNo(false) => pick(lang, "xeyr", "no", "нет").to_owned(),
        Observation::Choice(id) => label(id),
        Observation::Choices(ids) if ids.is_empty() => "—".to_owned(),
        Observation::Choices(ids) => ids
            .iter()
            .map(|id| label(id))
            .collect::<Vec<_>>()
            .join(", "),
        Observation::Count(n) => n.to_string(),
        Observation::Date(day) => day.to_string(),
        Observation::Month(month) => month.to_string(),
        Observation::Urls(urls) => urls.join(" "),
        Observation::Accounts(accounts) => accounts
            .iter()
            .map(|a| {
                let name = a.network.brand().unwrap_or_else(|| {
                    pick(lang, "başqa şəbəkə", "another network", "другая сеть")
                });
                a.url
                    .as_deref()
                    .map_or_else(|| name.to_owned(), |url| format!("{name} {url}"))
            })
            .collect::<Vec<_>>()
            .join(", "),
        Observation::NotApplicable => set.scale.not_applicable.get(lang).to_owned(),
        Observation::NotAssessable => set.scale.not_assessable.get(lang).to_owned(),
    }
}

/// One site as text.
pub(crate) fn site(site: &SiteHints, set: &CriteriaSet, lang: Lang) -> String {
    let mut out = String::new();
    {
        let _ = writeln!(out, "{} <{}>", site.name, site.url);
        for hint in &site.hints {
            let title = set
                .criterion(&hint.criterion)
                .map_or(hint.criterion.as_str(), |c| c.title.get(lang));
            let value = hint.suggestion.as_ref().map_or_else(
                || "?".to_owned(),
                |o| suggestion(o, &hint.criterion, set, lang),
            );
            let _ = writeln!(
                out,
                "  {} {title}: {value} ({}) — {}",
                hint.criterion,
                confidence(hint.confidence, lang),
                hint.note
            );
        }
    }
    out
}

/// The closing reminder.
pub(crate) fn footer(lang: Lang) -> String {
    format!(
        "{}\n",
        pick(
            lang,
            "Bunlar ipucudur, cavab deyil: hər birini vətəndaş təsdiqləməli və ya dəyişməlidir.",
            "These are hints, not answers: the citizen confirms or changes each one.",
            "Это подсказки, а не ответы: гражданин подтверждает или меняет каждую.",
        )
    )
}
