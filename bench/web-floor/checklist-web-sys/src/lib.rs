//! The first checklist's size floor without Yew (see ../Cargo.toml): the
//! same first checklist as the `checklist` floor (fetch the Azerbaijani
//! slice of a criteria set, read it through the core, list the criteria
//! that apply to a local executive body with yes/no buttons, evaluate with
//! the core after every click and show the score, save the draft to
//! localStorage), built with web-sys calls on the DOM: one click listener on
//! the list, no virtual DOM, no components. Reading the slice and saving
//! the draft are shared with the `checklist` floor (../slice-read).

use napcheck_core::{evaluate, Assessment, CriteriaSet, Lang};
use napcheck_floor_read::{answer, fetch_set, new_assessment, KIND};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event};

/// The open checklist: its set, the draft, and the element showing the score.
struct Checklist {
    set: &'static CriteriaSet,
    assessment: Assessment,
    score: Element,
}

impl Checklist {
    /// A click in the list: a yes/no button answers its criterion.
    fn click(&mut self, event: &Event) {
        let Some(button) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let (Some(criterion), Some(yes)) = (
            button.get_attribute("data-criterion"),
            button.get_attribute("data-yes"),
        ) else {
            return;
        };
        answer(&mut self.assessment, &criterion, yes == "1");
        self.show_score();
    }

    fn show_score(&self) {
        let score = evaluate(&self.assessment, self.set)
            .ok()
            .and_then(|e| e.overall);
        let text = score.map(|s| format!("{s:.0}%")).unwrap_or_default();
        self.score.set_text_content(Some(&text));
    }
}

fn element(document: &Document, tag: &str, text: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    Some(element)
}

/// Shows "…", fetches the set, then replaces it with the checklist.
async fn show_checklist() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let loading = element(&document, "p", "…")?;
    body.append_child(&loading).ok()?;
    let set = fetch_set().await?;
    let main = element(&document, "main", "")?;
    let title = element(&document, "h1", set.title.get(Lang::Az))?;
    main.append_child(&title).ok()?;
    let score = element(&document, "p", "")?;
    score.set_id("score");
    main.append_child(&score).ok()?;
    let list = element(&document, "ol", "")?;
    for criterion in set
        .criteria
        .iter()
        .filter(|c| c.applies_to.includes(KIND, None))
    {
        let item = element(&document, "li", "")?;
        let question = element(&document, "p", criterion.question.get(Lang::Az))?;
        item.append_child(&question).ok()?;
        for (yes, word) in [("1", "Bəli"), ("0", "Xeyr")] {
            let button = element(&document, "button", word)?;
            button.set_attribute("data-criterion", &criterion.id).ok()?;
            button.set_attribute("data-yes", yes).ok()?;
            item.append_child(&button).ok()?;
        }
        list.append_child(&item).ok()?;
    }
    main.append_child(&list).ok()?;
    body.replace_child(&main, &loading).ok()?;
    let mut checklist = Checklist {
        set,
        assessment: new_assessment(set),
        score,
    };
    checklist.show_score();
    let on_click = Closure::<dyn FnMut(Event)>::new(move |event: Event| checklist.click(&event));
    list.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
        .ok()?;
    on_click.forget();
    Some(())
}

#[wasm_bindgen(start)]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = show_checklist().await;
    });
}
