//! The first checklist's size floor (see ../Cargo.toml): one Yew component
//! that fetches the Azerbaijani slice of a criteria set, parses it with the
//! core, lists the criteria that apply to a local executive body with yes/no
//! buttons, evaluates after every click with the core and saves the draft to
//! localStorage. What the real widget's first checklist cannot do without.

use napcheck_core::{
    evaluate, Answer, Assessment, BodyKind, Catalogue, CriteriaSet, Day, Lang, Observation,
    SetRef, Site,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

const SET: &str = "az-nap-2016-2018";
const KIND: BodyKind = BodyKind::LocalExecutive;

async fn fetch_set() -> Option<&'static CriteriaSet> {
    let window = web_sys::window()?;
    let url = format!("catalogue/{SET}.az.json");
    let response = JsFuture::from(window.fetch_with_str(&url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    let catalogue = Box::leak(Box::new(Catalogue::with_bundled_bodies()));
    catalogue.add_set_slice_json(&text, Lang::Az).ok()
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

fn answer(assessment: &mut Assessment, criterion: &str, yes: bool) {
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
    if let (Some(storage), Ok(json)) = (storage, serde_json::to_string(assessment)) {
        let _ = storage.set_item("napcheck-floor", &json);
    }
}

#[function_component]
fn Checklist() -> Html {
    let set = use_state(|| None::<&'static CriteriaSet>);
    let assessment = use_state(|| None::<Assessment>);
    {
        let (set, assessment) = (set.clone(), assessment.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(loaded) = fetch_set().await {
                    assessment.set(Some(new_assessment(loaded)));
                    set.set(Some(loaded));
                }
            });
        });
    }
    let (Some(set), Some(current)) = (*set, (*assessment).clone()) else {
        return html! { <p>{ "…" }</p> };
    };
    let score = evaluate(&current, set).ok().and_then(|e| e.overall);
    let rows = set
        .criteria
        .iter()
        .filter(|c| c.applies_to.includes(KIND, None))
        .map(|criterion| {
            let click = |yes: bool| {
                let (assessment, current, id) =
                    (assessment.clone(), current.clone(), criterion.id.clone());
                Callback::from(move |_| {
                    let mut next = current.clone();
                    answer(&mut next, &id, yes);
                    assessment.set(Some(next));
                })
            };
            html! {
                <li>
                    <p>{ criterion.question.get(Lang::Az) }</p>
                    <button onclick={click(true)}>{ "Bəli" }</button>
                    <button onclick={click(false)}>{ "Xeyr" }</button>
                </li>
            }
        });
    html! {
        <main>
            <h1>{ set.title.get(Lang::Az) }</h1>
            <p id="score">{ score.map(|s| format!("{s:.0}%")).unwrap_or_default() }</p>
            <ol>{ for rows }</ol>
        </main>
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Checklist>::new().render();
}
