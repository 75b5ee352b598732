//! The input that fits a criterion's observation type: yes/no and one
//! option as radio buttons, several options as check boxes, a count, a date,
//! links one per line. The question is its label or legend.

use super::value_of;
use crate::catalogue::Shared;
use crate::i18n::t;
use crate::state::Action;
use napcheck_core::criteria::ObservationSpec;
use napcheck_core::{CriteriaSet, Day, Lang, Observation};
use yew::prelude::*;

/// The input's props.
#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The language.
    pub(crate) lang: Lang,
    /// The criterion's id.
    pub(crate) criterion: AttrValue,
    /// Its set (shared with the state: compared by identity).
    pub(crate) set: Shared<CriteriaSet>,
    /// What was recorded.
    pub(crate) observation: Option<Observation>,
    /// A count's text that is not a whole number, as typed.
    pub(crate) typed: String,
    /// The id of the element that lists this answer's errors, if any.
    pub(crate) error: Option<AttrValue>,
    /// The day of the check.
    pub(crate) checked_on: Day,
    /// Dispatches actions.
    pub(crate) dispatch: Callback<Action>,
    /// The interface's words (shared with the state: compared by
    /// identity, so a language's words arriving renders again).
    pub(crate) words: crate::i18n::Words,
}

/// The observation input.
#[function_component(ObservationInput)]
pub(crate) fn observation_input(props: &Props) -> Html {
    let lang = props.lang;
    let words = &props.words;
    let Some(criterion) = props.set.criterion(&props.criterion) else {
        return html! {};
    };
    let id = criterion.id.clone();
    let name = format!("o-{id}");
    let question = criterion.question.get(lang);
    let observe = |value: Option<Observation>| {
        let (dispatch, id) = (props.dispatch.clone(), id.clone());
        Callback::from(move |_: Event| {
            dispatch.emit(Action::Observe {
                criterion: id.clone(),
                observation: value.clone(),
            })
        })
    };
    let radio = |value: Observation, label: &str, key: String| {
        let checked = props.observation.as_ref() == Some(&value);
        html! {
            <label class="choice" key={key}>
                <input type="radio" name={name.clone()} {checked} onchange={observe(Some(value))} />
                <span>{ label.to_owned() }</span>
            </label>
        }
    };
    match &criterion.observation {
        ObservationSpec::YesNo => html! {
            <fieldset class="observation">
                <legend>{ question }</legend>
                { radio(Observation::YesNo(true), t(words, lang, "answer.yes"), "yes".into()) }
                { radio(Observation::YesNo(false), t(words, lang, "answer.no"), "no".into()) }
            </fieldset>
        },
        ObservationSpec::Choice { options } => html! {
            <fieldset class="observation">
                <legend>{ question }</legend>
                { for options.iter().map(|o| radio(Observation::Choice(o.id.clone()), o.label.get(lang), o.id.clone())) }
            </fieldset>
        },
        ObservationSpec::Choices { options } => {
            let ticked = match &props.observation {
                Some(Observation::Choices(ticked)) => ticked.clone(),
                _ => Vec::new(),
            };
            html! {
                <fieldset class="observation">
                    <legend>{ question }</legend>
                    { for options.iter().map(|o| {
                        let (dispatch, id, option) = (props.dispatch.clone(), id.clone(), o.id.clone());
                        let onchange = Callback::from(move |e: Event| {
                            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                            dispatch.emit(Action::Toggle { criterion: id.clone(), option: option.clone(), on });
                        });
                        html! {
                            <label class="choice" key={o.id.clone()}>
                                <input type="checkbox" checked={ticked.contains(&o.id)} {onchange} />
                                <span>{ o.label.get(lang) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
            }
        }
        ObservationSpec::Count { unit, .. } => {
            // A text field, so that it shows exactly what was typed; what is
            // not a whole number is kept as typed, flagged, and not scored.
            let value = match &props.observation {
                Some(Observation::Count(n)) => n.to_string(),
                _ => props.typed.clone(),
            };
            let not_whole = !props.typed.is_empty();
            // Its words are shown with the answer's other errors (`error`).
            let dispatch = props.dispatch.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                dispatch.emit(Action::TypeCount {
                    criterion: id.clone(),
                    text: value_of(&e),
                })
            });
            let not_whole_id = format!("{name}-nw");
            let described = [
                Some(format!("{name}-unit")),
                not_whole.then(|| not_whole_id.clone()),
                props.error.as_ref().map(|e| e.to_string()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
            html! {
                <div class="field observation">
                    <label for={name.clone()}>{ question }</label>
                    <p class="hint" id={format!("{name}-unit")}>{ unit.get(lang) }</p>
                    <input id={name.clone()} type="text" inputmode="numeric" autocomplete="off" {value}
                        aria-invalid={(not_whole || props.error.is_some()).then_some("true")}
                        aria-describedby={described} {oninput} />
                </div>
            }
        }
        ObservationSpec::Date => {
            let value = match &props.observation {
                Some(Observation::Date(day)) => day.to_string(),
                _ => String::new(),
            };
            let oninput = parsed_input(&props.dispatch, id, Observation::Date);
            html! {
                <div class="field observation">
                    <label for={name.clone()}>{ question }</label>
                    <input id={name.clone()} type="date" max={props.checked_on.to_string()} {value} {oninput}
                        aria-invalid={props.error.is_some().then_some("true")}
                        aria-describedby={props.error.clone()} />
                </div>
            }
        }
        ObservationSpec::Urls => {
            let value = match &props.observation {
                Some(Observation::Urls(urls)) => urls.join("\n"),
                _ => String::new(),
            };
            let dispatch = props.dispatch.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                let text = value_of(&e);
                let observation = (!text.is_empty())
                    .then(|| Observation::Urls(text.split('\n').map(str::to_owned).collect()));
                dispatch.emit(Action::Observe {
                    criterion: id.clone(),
                    observation,
                });
            });
            html! {
                <div class="field observation">
                    <label for={name.clone()}>{ question }</label>
                    <p class="hint" id={format!("{name}-hint")}>{ t(words, lang, "criterion.evidence_hint") }</p>
                    <textarea id={name.clone()} rows="3" spellcheck="false" {value}
                        aria-invalid={props.error.is_some().then_some("true")}
                        aria-describedby={[Some(format!("{name}-hint")), props.error.as_ref().map(|e| e.to_string())].into_iter().flatten().collect::<Vec<_>>().join(" ")} {oninput} />
                </div>
            }
        }
    }
}

/// The `oninput` of a field whose text parses into an observation: empty
/// clears the answer; text that does not parse (yet) changes nothing.
fn parsed_input<T: std::str::FromStr + 'static>(
    dispatch: &Callback<Action>,
    criterion: String,
    observation: fn(T) -> Observation,
) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: InputEvent| {
        let observation = match value_of(&e).trim() {
            "" => None,
            text => match text.parse() {
                Ok(value) => Some(observation(value)),
                Err(_) => return,
            },
        };
        dispatch.emit(Action::Observe {
            criterion: criterion.clone(),
            observation,
        });
    })
}
