//! The first checklist's size floor (see ../Cargo.toml): one Yew component
//! that fetches the Azerbaijani slice of a criteria set, parses it with the
//! core, lists the criteria that apply to a local executive body with yes/no
//! buttons, evaluates after every click with the core and saves the draft to
//! localStorage. What the real widget's first checklist cannot do without.
//! Reading the slice and saving the draft are shared with the web-sys floor
//! (../slice-read), whose features choose how the slice is read.

use napcheck_core::{evaluate, Assessment, CriteriaSet, Lang};
use napcheck_floor_read::{answer, fetch_set, new_assessment, KIND};
use yew::prelude::*;

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
