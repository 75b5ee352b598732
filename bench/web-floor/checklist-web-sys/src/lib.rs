//! The first checklist's size floor without Yew (see ../Cargo.toml): the
//! same first checklist as the `checklist` floor (fetch the Azerbaijani
//! slice of a criteria set, read it through the core, list the criteria
//! that apply to a local executive body with yes/no buttons, evaluate with
//! the core after every click and show the score, save the draft to
//! localStorage), built with web-sys calls on the DOM: one click listener on
//! the list, no virtual DOM, no components. The features choose how the
//! slice is read and the draft written (with or without serde_json).

use napcheck_core::{
    evaluate, Answer, Assessment, BodyKind, CriteriaSet, Day, Lang, Observation, SetRef, Site,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, Event, Response};

const SET: &str = "az-nap-2016-2018";
const KIND: BodyKind = BodyKind::LocalExecutive;

/// Fetches the set's Azerbaijani slice and reads it (see [`read`]).
async fn fetch_set() -> Option<&'static CriteriaSet> {
    let window = web_sys::window()?;
    let url = format!("catalogue/{SET}.az.json");
    let response = JsFuture::from(window.fetch_with_str(&url)).await.ok()?;
    read(response.dyn_into().ok()?).await
}

/// As the `checklist` floor reads it: the text, parsed and checked by the
/// core against its embedded body register.
#[cfg(not(any(feature = "quiet-read", feature = "js-parse")))]
async fn read(response: Response) -> Option<&'static CriteriaSet> {
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let catalogue = Box::leak(Box::new(napcheck_core::Catalogue::with_bundled_bodies()));
    catalogue.add_set_slice_json(&text, Lang::Az).ok()
}

/// As the widget reads it now: the text parsed by the core, unchecked.
#[cfg(all(feature = "quiet-read", not(feature = "js-parse")))]
async fn read(response: Response) -> Option<&'static CriteriaSet> {
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let set = napcheck_core::criteria::read_set_slice(&text)?;
    Some(Box::leak(Box::new(set)))
}

/// Parsed by the browser (`Response.json()`), read into the core's types
/// by serde-wasm-bindgen, unchecked: no serde_json.
#[cfg(feature = "js-parse")]
async fn read(response: Response) -> Option<&'static CriteriaSet> {
    let value = JsFuture::from(response.json().ok()?).await.ok()?;
    let set: CriteriaSet = serde_wasm_bindgen::from_value(value).ok()?;
    Some(Box::leak(Box::new(set)))
}

/// The draft as JSON text, by serde_json.
#[cfg(not(feature = "js-parse"))]
fn draft_json(assessment: &Assessment) -> Option<String> {
    serde_json::to_string(assessment).ok()
}

/// The draft as JSON text: serde-wasm-bindgen builds the JS value (plain
/// objects for maps, as JSON has them) and the browser writes it.
#[cfg(feature = "js-parse")]
fn draft_json(assessment: &Assessment) -> Option<String> {
    use serde::Serialize;
    let value = assessment
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()?;
    js_sys::JSON::stringify(&value).ok()?.as_string()
}

fn new_assessment(set: &CriteriaSet) -> Assessment {
    Assessment {
        schema: None,
        criteria_set: SetRef {
            id: set.id.clone(),
            version: set.version.clone(),
        },
        site: Site {
            url: Some("https://example.gov.az".into()),
            name: "Example".into(),
            body_kind: KIND,
            body: None,
            region: None,
        },
        checked_on: Day::from_ymd(2026, 11, 22).expect("a real day"),
        checked_until: None,
        language: Lang::Az,
        assessor: None,
        answers: Vec::new(),
        result: None,
        migration: None,
    }
}

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
        self.answer(&criterion, yes == "1");
        self.show_score();
    }

    fn answer(&mut self, criterion: &str, yes: bool) {
        let answers = &mut self.assessment.answers;
        answers.retain(|a| a.criterion != criterion);
        answers.push(Answer {
            criterion: criterion.to_owned(),
            observation: Observation::YesNo(yes),
            evidence: Vec::new(),
            note: None,
            observed_on: None,
            suggested_by: None,
            suggestion: None,
        });
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        if let (Some(storage), Some(json)) = (storage, draft_json(&self.assessment)) {
            let _ = storage.set_item("napcheck-floor", &json);
        }
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
