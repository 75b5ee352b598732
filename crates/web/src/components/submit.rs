//! "Submit", shown in an embedded widget's summary: it tells the host
//! (`napcheck:submit`) and, with a submit URL, POSTs the assessment there and
//! shows the outcome: stored (a thank-you with a short reference a person
//! can read aloud), refused (422, each finding in plain words naming the
//! question, `plain.rs`), not sent (any other answer), or waiting for the
//! network (no connection: queued in storage and sent when it returns,
//! `outbox.rs`). The draft is never touched, so nothing is lost either way.

use super::use_app;
use crate::checker::ExportCheck;
use crate::embed::EmbedContext;
use crate::i18n::{t, tf};
use crate::outbox::{self, stored, Entry};
use crate::submission::{refusal_lines, short_reference, Sent};
use gloo::events::EventListener;
use napcheck_core::Lang;
use yew::prelude::*;

fn outcome(
    sent: &Sent,
    checked: &ExportCheck,
    draft: &crate::draft::Draft,
    known: &crate::catalogue::Known,
    words: &crate::i18n::Words,
    lang: Lang,
) -> Html {
    match sent {
        Sent::Idle => html! {},
        Sent::Sending => html! { <p>{ t(words, lang, "submit.sending") }</p> },
        Sent::Waiting => html! {
            <p class="notice warn" id="submit-waiting">{ t(words, lang, "submit.waiting") }</p>
        },
        Sent::Handed => html! { <p>{ t(words, lang, "submit.handed") }</p> },
        Sent::Stored { id, duplicate } => {
            let key = if *duplicate {
                "submit.duplicate"
            } else {
                "submit.stored"
            };
            html! {
                <div class="notice ok" id="submit-stored">
                    <p><strong>{ t(words, lang, "submit.thanks") }</strong></p>
                    <p>{ tf(words, lang, key, &[("id", &short_reference(id))]) }</p>
                    <p class="reference" data-id={id.clone()}>{ short_reference(id) }</p>
                </div>
            }
        }
        // The refusal is shown once its words are known (the checker loads).
        Sent::Refused(_) if *checked == ExportCheck::Pending => {
            html! { <p>{ t(words, lang, "report.checking") }</p> }
        }
        Sent::Refused(refusals) => {
            let local = match checked {
                ExportCheck::Done(checked) => checked.findings.as_slice(),
                _ => &[],
            };
            let lines = refusal_lines(refusals, local, draft, known, words, lang);
            html! {
                <div class="notice error" id="submit-refused">
                    <p>{ tf(words, lang, "submit.refused", &[("count", &lines.len().to_string())]) }</p>
                    <ul class="findings">{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                </div>
            }
        }
        Sent::Failed(reason) => html! {
            <p class="notice error" id="submit-failed">{ tf(words, lang, "submit.failed", &[("reason", reason)]) }</p>
        },
    }
}

/// The submit's properties.
#[derive(Debug, PartialEq, Properties)]
pub(crate) struct SubmitProps {
    /// The check of the draft's export (the summary's), whose words name
    /// what the server refused.
    pub(crate) checked: ExportCheck,
}

/// The submit action and its outcome.
#[function_component(Submit)]
pub(crate) fn submit(props: &SubmitProps) -> Html {
    let state = use_app();
    let embed = use_context::<EmbedContext>().flatten();
    let lang = state.lang;
    let words = &state.words;
    let current = state.current_draft().map(|draft| {
        let text = crate::json::write(&draft.export(&state.known, lang), true).unwrap_or_default();
        (draft.id.clone(), text)
    });
    let keys = embed.as_ref().map(|e| e.keys.clone()).unwrap_or_default();
    let sent = {
        let keys = keys.clone();
        let current = current.clone();
        use_state(move || current.map_or(Sent::Idle, |(id, text)| stored(&keys, &id, &text)))
    };
    {
        // The stored outcome of what is on screen: again when the draft
        // changes, and whenever the outbox stores one (the network came back).
        let sent = sent.clone();
        let keys = keys.clone();
        use_effect_with(current.clone(), move |current| {
            let current = current.clone();
            let busy = *sent == Sent::Sending;
            let refresh = move || {
                if let Some((id, text)) = &current {
                    sent.set(stored(&keys, id, text));
                }
            };
            if !busy {
                refresh();
            }
            let listener =
                EventListener::new(&gloo::utils::window(), outbox::EVENT, move |_| refresh());
            move || drop(listener)
        });
    }
    let (Some(embed), Some(draft)) = (embed, state.current_draft()) else {
        return html! {};
    };
    let onclick = {
        let sent = sent.clone();
        let assessment = draft.export(&state.known, lang);
        let id = draft.id.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(text) = crate::json::write(&assessment, true) else {
                return;
            };
            embed.emit("submit", &assessment);
            match embed.submit_url.clone() {
                None => sent.set(Sent::Handed),
                Some(url) => {
                    let entry = Entry {
                        url,
                        body: text,
                        lang,
                        sent: Sent::Waiting,
                    };
                    // Queued first: a page closed mid-request still sends it.
                    outbox::write(&embed.keys, &id, &entry);
                    sent.set(Sent::Sending);
                    let sent = sent.clone();
                    let keys = embed.keys.clone();
                    let id = id.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        sent.set(outbox::send(&keys, &id, entry).await);
                    });
                }
            }
        })
    };
    html! {
        <div class="submit">
            <button type="button" class="primary" id="submit-assessment"
                disabled={*sent == Sent::Sending} {onclick}>{ t(words, lang, "submit.button") }</button>
            <div role="status" aria-live="polite">{ outcome(&sent, &props.checked, draft, &state.known, &state.words, lang) }</div>
        </div>
    }
}
