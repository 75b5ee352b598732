//! The page's events, delegated: one listener per type on the root reads
//! the `data-do`, `data-c` and `data-v` of the element acted on and
//! dispatches the action they stand for.

use super::{details, dispatch};
use crate::dom;
use crate::state::{Action, View};
use napcheck_core::{Day, Observation};
use wasm_bindgen::JsCast;

/// Listens for clicks, changes and input on `root`.
pub(crate) fn listen(root: &web_sys::Element) {
    super::update::listen();
    super::import::listen(root);
    for kind in ["click", "change", "input"] {
        gloo::events::EventListener::new(root, kind, move |event| {
            if let Some(action) = action_of(kind, event) {
                dispatch(action);
            }
            if kind == "click" && acted_on(event).is_some_and(|(_, code)| code == "go") {
                super::go_on();
            }
        })
        .forget();
    }
}

/// The element acted on (the closest with a `data-do`) and its code.
fn acted_on(event: &web_sys::Event) -> Option<(web_sys::Element, String)> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let element = target.closest("[data-do]").ok()??;
    let code = element.get_attribute("data-do")?;
    Some((element, code))
}

/// The action an event stands for.
fn action_of(kind: &str, event: &web_sys::Event) -> Option<Action> {
    let (element, code) = acted_on(event)?;
    if let Some(action) = super::notices::action(kind, &code, &element) {
        return Some(action);
    }
    if let Some(action) = super::update::action(kind, &code, &element) {
        return Some(action);
    }
    if let Some(action) = super::import::action(kind, &code, &element) {
        return Some(action);
    }
    if let Some(action) = super::summary::action(kind, &code, &element) {
        return Some(action);
    }
    if let Some(action) = super::migration::action(kind, &code, &element) {
        return Some(action);
    }
    let criterion = element.get_attribute("data-c").unwrap_or_default();
    let v = element.get_attribute("data-v").unwrap_or_default();
    let value = || {
        if let Some(i) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            i.value()
        } else if let Some(t) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            t.value()
        } else if let Some(s) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
            s.value()
        } else {
            String::new()
        }
    };
    let observe = |observation: Option<Observation>| Action::Observe {
        criterion: criterion.clone(),
        observation,
    };
    let pressed = element.get_attribute("aria-pressed").as_deref() == Some("true");
    Some(match (kind, code.as_str()) {
        ("click", "show") => Action::Show(View::from_code(&v)?),
        ("click", "prev") => Action::Previous,
        ("click", "next") => Action::Next,
        ("click", "nextu") => Action::NextUnanswered,
        ("click", "retry") => Action::Retry,
        ("click", "na") => observe((!pressed).then_some(Observation::NotApplicable)),
        ("click", "nc") => observe((!pressed).then_some(Observation::NotAssessable)),
        ("click", "clear") => observe(None),
        ("click", "confirm") => Action::ConfirmSuggestion(criterion),
        ("change", "yn") => observe(Some(Observation::YesNo(v == "y"))),
        ("change", "one") => observe(Some(Observation::Choice(v))),
        ("change", "tick") => Action::Toggle {
            option: v,
            on: element
                .dyn_ref::<web_sys::HtmlInputElement>()
                .is_some_and(|i| i.checked()),
            criterion,
        },
        ("click", "new") => Action::New {
            id: dom::new_id(),
            today: dom::today(),
        },
        ("click", "open") => Action::Open(v),
        ("click", "dup") => Action::Duplicate {
            id: v,
            new_id: dom::new_id(),
        },
        ("click", "del") => Action::Delete(v),
        ("change", "set") => Action::SetSet(value()),
        ("change", "body") => {
            let id = value();
            Action::SetBody((!id.is_empty()).then_some(id))
        }
        ("change", "kind") => Action::SetKind(details::kind_of(&value())),
        ("input", "url") => Action::SetUrl(value()),
        ("input", "name") => Action::SetName(value()),
        ("input", "day") => Action::SetCheckedOn(value().parse().ok()?),
        ("input", "region") => Action::SetRegion(value()),
        ("input", "aname") => Action::SetAssessorName(value()),
        ("input", "aorg") => Action::SetAssessorOrganisation(value()),
        ("change", "lang") => Action::SetLang(value().parse().unwrap_or_default()),
        ("input", "count") => Action::TypeCount {
            text: value(),
            criterion,
        },
        ("input", "date") => match value().trim() {
            "" => observe(None),
            text => observe(Some(Observation::Date(text.parse::<Day>().ok()?))),
        },
        ("input", "urls") => {
            let text = value();
            observe(
                (!text.is_empty())
                    .then(|| Observation::Urls(text.split('\n').map(str::to_owned).collect())),
            )
        }
        ("input", "ev") => Action::Evidence {
            text: value(),
            criterion,
        },
        ("input", "note") => Action::Note {
            text: value(),
            criterion,
        },
        ("input", "seen") => Action::ObservedOn {
            text: value(),
            criterion,
        },
        _ => return None,
    })
}
