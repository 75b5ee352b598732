//! One question card and the input that fits its observation type.

use super::node::{el, El};
use crate::draft::{lines, Draft};
use crate::i18n::{t, tf};
use crate::report::rating;
use crate::state::State;
use napcheck_core::criteria::{Criterion, ObservationSpec};
use napcheck_core::{CriteriaSet, CriterionResult, Observation, Outcome};

/// A question card.
pub(crate) fn criterion(
    state: &State,
    set: &CriteriaSet,
    criterion: &Criterion,
    draft: &Draft,
    result: Option<&CriterionResult>,
    contribution: Option<String>,
) -> El {
    let (lang, words) = (state.lang, &state.words);
    let answer = draft.answer(&criterion.id).cloned().unwrap_or_default();
    let typed_error = (!answer.typed.is_empty())
        .then(|| napcheck_core::read_count(&answer.typed).err())
        .flatten();
    let findings: Vec<String> = match result.map(|r| &r.outcome) {
        Some(Outcome::NeedsCorrection { findings }) => findings.iter().collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .chain(typed_error.as_ref())
    .map(|f| f.field_message(Some(set), lang))
    .collect();
    let id = criterion.id.as_str();
    let observation = answer.observation.as_ref();
    let outcome_button = |value: Observation, code: &str, label: &str| {
        let pressed = observation == Some(&value);
        El::button(label)
            .attr("class", "toggle")
            .attr("aria-pressed", if pressed { "true" } else { "false" })
            .does(code, id, "")
    };
    let bad_links: Vec<String> = lines(&answer.evidence)
        .iter()
        .flat_map(|l| napcheck_core::check_link(l))
        .map(|f| f.field_message(Some(set), lang))
        .collect();
    let (ev_id, ev_hint, ev_err) = (format!("ev-{id}"), format!("evh-{id}"), format!("eve-{id}"));
    let (note_id, note_count) = (format!("note-{id}"), format!("notec-{id}"));
    let (seen_id, seen_hint) = (format!("seen-{id}"), format!("seenh-{id}"));
    let described = if bad_links.is_empty() {
        ev_hint.clone()
    } else {
        format!("{ev_hint} {ev_err}")
    };
    let note_length = answer.note.chars().count();
    let note_over = !napcheck_core::check_note(&answer.note).is_empty();
    let extra =
        !answer.evidence.is_empty() || !answer.note.is_empty() || !answer.observed_on.is_empty();
    let error_id = format!("err-{id}");
    let suggestion = answer.suggested_by.is_some().then(|| {
        let found = lines(&answer.evidence);
        let note = answer.note.trim();
        let mut section = el("section")
            .attr("class", "notice warn suggestion")
            .attr("aria-labelledby", &format!("sg-{id}"))
            .child(el("h3").attr("id", &format!("sg-{id}")).text(t(
                words,
                lang,
                "suggestion.title",
            )))
            .child(el("p").text(t(words, lang, "suggestion.why")));
        if !note.is_empty() || !found.is_empty() {
            section = section
                .child(
                    el("p")
                        .attr("class", "label")
                        .text(t(words, lang, "suggestion.found")),
                )
                .maybe((!note.is_empty()).then(|| el("p").attr("class", "note").text(note)))
                .maybe((!found.is_empty()).then(|| {
                    el("ul")
                        .attr("class", "links")
                        .children(found.iter().map(|u| {
                            el("li").child(if napcheck_core::is_http_url(u) {
                                el("a")
                                    .attr("href", u)
                                    .attr("rel", "noopener noreferrer")
                                    .text(u)
                            } else {
                                el("span").text(u)
                            })
                        }))
                }));
        }
        section.child(
            El::button(t(words, lang, "suggestion.confirm"))
                .attr("class", "primary confirm")
                .does("confirm", id, ""),
        )
    });
    let mut shown = el("div").attr("class", "result").attr("role", "status");
    if let (Some(r), Some(_)) = (result, observation) {
        let rated = matches!(r.outcome, Outcome::Rated { .. });
        shown = shown
            .child(
                el("p").child(
                    el("span")
                        .attr("class", if rated { "badge rated" } else { "badge" })
                        .text(&rating(&r.outcome, set, lang)),
                ),
            )
            .child(
                el("p")
                    .attr("class", "explanation")
                    .text(&r.explanation.render(lang, criterion, set)),
            )
            .maybe(contribution.map(|c| el("p").attr("class", "contribution").text(&c)));
    }
    let list = |id: Option<&str>, class: &str, items: &[String]| {
        el("ul")
            .attr("class", class)
            .attr_if(id.is_some(), "id", id.unwrap_or_default())
            .children(items.iter().map(|f| el("li").text(f)))
    };
    let counter = tf(
        words,
        lang,
        if note_over {
            "criterion.note_over"
        } else {
            "criterion.note_count"
        },
        &[
            ("count", &note_length.to_string()),
            ("max", &napcheck_core::NOTE_MAX_CHARS.to_string()),
        ],
    );
    let field = || el("div").attr("class", "field");
    let label =
        |for_id: &str, key: &'static str| el("label").attr("for", for_id).text(t(words, lang, key));
    let hint = |hint_id: &str, key: &'static str| {
        el("p")
            .attr("class", "hint")
            .attr("id", hint_id)
            .text(t(words, lang, key))
    };
    let textarea = |tid: &str, value: &str, code: &str| {
        let area = el("textarea")
            .attr("id", tid)
            .attr("rows", "2")
            .does(code, id, "");
        area.0.set_text_content(Some(value));
        area
    };
    let extras = el("details")
        .attr("class", "extra")
        .attr("id", &format!("x-{id}"))
        .attr_if(extra, "open", "")
        .child(el("summary").text(t(words, lang, "criterion.add_extra")))
        .child(
            field()
                .child(label(&ev_id, "criterion.evidence"))
                .child(hint(&ev_hint, "criterion.evidence_hint"))
                .child(
                    textarea(&ev_id, &answer.evidence, "ev")
                        .attr("spellcheck", "false")
                        .attr("aria-describedby", &described)
                        .attr_if(!bad_links.is_empty(), "aria-invalid", "true"),
                )
                .maybe(
                    (!bad_links.is_empty()).then(|| list(Some(&ev_err), "error-text", &bad_links)),
                ),
        )
        .child(
            field()
                .child(label(&seen_id, "criterion.observed_on"))
                .child(hint(&seen_hint, "criterion.observed_on_hint"))
                .child(
                    el("input")
                        .attr("id", &seen_id)
                        .attr("type", "date")
                        .attr("aria-describedby", &seen_hint)
                        .attr("value", &answer.observed_on)
                        .attr("max", &draft.checked_on.to_string())
                        .does("seen", id, ""),
                ),
        )
        .child(
            field()
                .child(label(&note_id, "criterion.note"))
                .child(
                    textarea(&note_id, &answer.note, "note")
                        .attr("aria-describedby", &note_count)
                        .attr_if(note_over, "aria-invalid", "true"),
                )
                .child(
                    el("p")
                        .attr("id", &note_count)
                        .attr(
                            "class",
                            if note_over {
                                "counter error-text"
                            } else {
                                "counter"
                            },
                        )
                        .text(&counter),
                ),
        );
    let mut outcomes = el("div")
        .attr("class", "outcomes")
        .attr("role", "group")
        .attr("aria-label", t(words, lang, "criterion.other_outcomes"))
        .child(outcome_button(
            Observation::NotApplicable,
            "na",
            set.scale.not_applicable.get(lang),
        ))
        .child(outcome_button(
            Observation::NotAssessable,
            "nc",
            set.scale.not_assessable.get(lang),
        ));
    if observation.is_some() || !answer.typed.is_empty() {
        outcomes = outcomes.child(
            El::button(t(words, lang, "criterion.clear"))
                .attr("class", "link")
                .does("clear", id, ""),
        );
    }
    let error = (!findings.is_empty()).then_some(error_id.as_str());
    el("article")
        .attr("class", "criterion")
        .attr("aria-labelledby", &format!("t-{id}"))
        .child(
            el("h2")
                .attr("id", &format!("t-{id}"))
                .attr("tabindex", "-1")
                .text(criterion.title.get(lang)),
        )
        .child(input(
            state,
            criterion,
            observation,
            &answer.typed,
            error,
            draft,
        ))
        .maybe(suggestion)
        .maybe(error.map(|e| list(Some(e), "error-text field-errors", &findings)))
        .child(shown)
        .child(
            el("details")
                .attr("id", &format!("h-{id}"))
                .child(el("summary").text(t(words, lang, "criterion.how")))
                .child(el("p").text(criterion.guidance.get(lang))),
        )
        .child(outcomes)
        .child(extras)
}

/// The input that fits the criterion's observation type.
fn input(
    state: &State,
    criterion: &Criterion,
    observation: Option<&Observation>,
    typed: &str,
    error: Option<&str>,
    draft: &Draft,
) -> El {
    let (lang, words) = (state.lang, &state.words);
    let id = criterion.id.as_str();
    let name = format!("o-{id}");
    let question = criterion.question.get(lang);
    let radio = |value: Observation, code: &str, v: &str, label: &str| {
        let input = el("input")
            .attr("type", "radio")
            .attr("name", &name)
            .does(code, id, v);
        if observation == Some(&value) {
            let _ = input.0.set_attribute("checked", "");
        }
        el("label")
            .attr("class", "choice")
            .child(input)
            .child(el("span").text(label))
    };
    let fieldset = || {
        el("fieldset")
            .attr("class", "observation")
            .child(el("legend").text(question))
    };
    let described = |parts: &[Option<&str>]| {
        parts
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let field = |input: El, hint: Option<(String, &str)>| {
        el("div")
            .attr("class", "field observation")
            .child(el("label").attr("for", &name).text(question))
            .maybe(
                hint.map(|(hid, text)| el("p").attr("class", "hint").attr("id", &hid).text(text)),
            )
            .child(input)
    };
    match &criterion.observation {
        ObservationSpec::YesNo => fieldset()
            .child(radio(
                Observation::YesNo(true),
                "yn",
                "y",
                t(words, lang, "answer.yes"),
            ))
            .child(radio(
                Observation::YesNo(false),
                "yn",
                "n",
                t(words, lang, "answer.no"),
            )),
        ObservationSpec::Choice { options } => fieldset().children(options.iter().map(|o| {
            radio(
                Observation::Choice(o.id.clone()),
                "one",
                &o.id,
                o.label.get(lang),
            )
        })),
        ObservationSpec::Choices { options } => {
            let ticked: &[String] = match observation {
                Some(Observation::Choices(ticked)) => ticked,
                _ => &[],
            };
            fieldset().children(options.iter().map(|o| {
                let input = el("input").attr("type", "checkbox").does("tick", id, &o.id);
                if ticked.contains(&o.id) {
                    let _ = input.0.set_attribute("checked", "");
                }
                el("label")
                    .attr("class", "choice")
                    .child(input)
                    .child(el("span").text(o.label.get(lang)))
            }))
        }
        ObservationSpec::Count { unit, .. } => {
            let value = match observation {
                Some(Observation::Count(n)) => n.to_string(),
                _ => typed.to_owned(),
            };
            let not_whole = !typed.is_empty();
            let unit_id = format!("{name}-unit");
            let not_whole_id = format!("{name}-nw");
            let input = el("input")
                .attr("id", &name)
                .attr("type", "text")
                .attr("inputmode", "numeric")
                .attr("autocomplete", "off")
                .attr("value", &value)
                .attr_if(not_whole || error.is_some(), "aria-invalid", "true")
                .attr(
                    "aria-describedby",
                    &described(&[
                        Some(&unit_id),
                        not_whole.then_some(not_whole_id.as_str()),
                        error,
                    ]),
                )
                .does("count", id, "");
            field(input, Some((unit_id.clone(), unit.get(lang))))
        }
        ObservationSpec::Date => {
            let value = match observation {
                Some(Observation::Date(day)) => day.to_string(),
                _ => String::new(),
            };
            let input = el("input")
                .attr("id", &name)
                .attr("type", "date")
                .attr("max", &draft.checked_on.to_string())
                .attr("value", &value)
                .attr_if(error.is_some(), "aria-invalid", "true")
                .attr_if(
                    error.is_some(),
                    "aria-describedby",
                    error.unwrap_or_default(),
                )
                .does("date", id, "");
            field(input, None)
        }
        ObservationSpec::Urls => {
            let value = match observation {
                Some(Observation::Urls(urls)) => urls.join("\n"),
                _ => String::new(),
            };
            let hint_id = format!("{name}-hint");
            let input = el("textarea")
                .attr("id", &name)
                .attr("rows", "3")
                .attr("spellcheck", "false")
                .attr_if(error.is_some(), "aria-invalid", "true")
                .attr("aria-describedby", &described(&[Some(&hint_id), error]))
                .does("urls", id, "");
            input.0.set_text_content(Some(&value));
            field(
                input,
                Some((hint_id.clone(), t(words, lang, "criterion.evidence_hint"))),
            )
        }
    }
}
