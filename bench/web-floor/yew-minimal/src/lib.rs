//! A Yew 0.23 counter: a button and a number. The size of Yew itself
//! (with std, the allocator and wasm-bindgen's glue) under the widget's
//! build settings.

use yew::prelude::*;

#[function_component]
fn Counter() -> Html {
    let count = use_state(|| 0_u32);
    let increment = {
        let count = count.clone();
        move |_| count.set(*count + 1)
    };
    html! {
        <main>
            <button onclick={increment}>{ "+1" }</button>
            <p>{ *count }</p>
        </main>
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Counter>::new().render();
}
