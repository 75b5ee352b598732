//! What the two checklist floors share (see ../Cargo.toml), so that they
//! differ only in their UI layer: the Azerbaijani slice of the set fetched
//! and read through the core (the features choose how), a new draft for a
//! local executive body, and an answer recorded with the draft saved to
//! localStorage.

use napcheck_core::{
    Answer, Assessment, BodyKind, CriteriaSet, Day, Lang, Observation, SetRef, Site,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// The set whose slice is fetched.
pub const SET: &str = "az-nap-2016-2018";
/// The kind of body the checklist is for.
pub const KIND: BodyKind = BodyKind::LocalExecutive;

/// Fetches the set's Azerbaijani slice and reads it (see [`read`]).
pub async fn fetch_set() -> Option<&'static CriteriaSet> {
    let window = web_sys::window()?;
    let url = format!("catalogue/{SET}.az.json");
    let response = JsFuture::from(window.fetch_with_str(&url)).await.ok()?;
    read(response.dyn_into().ok()?).await
}

#[cfg(not(feature = "js-parse"))]
async fn text(response: Response) -> Option<String> {
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The text, parsed and checked by the core against its embedded body
/// register.
#[cfg(not(any(feature = "quiet-read", feature = "js-parse")))]
async fn read(response: Response) -> Option<&'static CriteriaSet> {
    let text = text(response).await?;
    let catalogue = Box::leak(Box::new(napcheck_core::Catalogue::with_bundled_bodies()));
    catalogue.add_set_slice_json(&text, Lang::Az).ok()
}

/// As the widget reads it now: the text parsed by the core, unchecked.
#[cfg(all(feature = "quiet-read", not(feature = "js-parse")))]
async fn read(response: Response) -> Option<&'static CriteriaSet> {
    let set = napcheck_core::criteria::read_set_slice(&text(response).await?)?;
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

/// A new draft on `set` for a local executive body's site.
pub fn new_assessment(set: &CriteriaSet) -> Assessment {
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

/// Records a yes or no to `criterion` (replacing an earlier answer) and
/// saves the draft to localStorage.
pub fn answer(assessment: &mut Assessment, criterion: &str, yes: bool) {
    assessment.answers.retain(|a| a.criterion != criterion);
    assessment.answers.push(Answer {
        criterion: criterion.to_owned(),
        observation: Observation::YesNo(yes),
        evidence: Vec::new(),
        note: None,
        observed_on: None,
        suggested_by: None,
        suggestion: None,
    });
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    if let (Some(storage), Some(json)) = (storage, draft_json(assessment)) {
        let _ = storage.set_item("napcheck-floor", &json);
    }
}
