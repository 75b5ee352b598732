//! The summary (report) view: scores per commitment as a chart and a table,
//! every criterion's rating and explanation, evidence and notes; what
//! `napcheck validate` would say about the file (from the checker, loaded
//! on demand); export as JSON, download a standalone HTML report (written
//! by the checker from the export), print.

use super::chart::Chart;
use super::{on, use_app};
use crate::catalogue::Known;
use crate::checker::{check, ExportCheck};
use crate::dom;
use crate::i18n::{score, t, tf};
use crate::report::or_dash;
use crate::state::Action;
use napcheck_core::{is_http_url, Lang};
use std::rc::Rc;
use yew::prelude::*;

fn link(url: &str) -> Html {
    if is_http_url(url) {
        html! { <a href={url.to_owned()}>{ url }</a> }
    } else {
        html! { <span>{ url }</span> }
    }
}

/// The check of `draft`'s export in `lang` (what `napcheck validate` would
/// say of the downloaded file), run again whenever the export changes.
#[hook]
pub(crate) fn use_export_check(
    draft: Option<&Draft>,
    known: &crate::catalogue::Known,
    lang: Lang,
) -> ExportCheck {
    let result = use_state(|| ExportCheck::Pending);
    // Only the latest export's verdict is kept, whichever check ends last.
    let latest = use_mut_ref(|| 0u32);
    let text = draft
        .and_then(|d| crate::json::write(&d.export(known, lang), true))
        .unwrap_or_default();
    {
        let result = result.clone();
        use_effect_with((text, lang), move |(text, lang)| {
            if text.is_empty() {
                return;
            }
            let (bytes, lang) = (text.clone().into_bytes(), *lang);
            let generation = {
                let mut latest = latest.borrow_mut();
                *latest = latest.wrapping_add(1);
                *latest
            };
            wasm_bindgen_futures::spawn_local(async move {
                let verdict = match check(bytes, lang, crate::dom::today()).await {
                    Some(checked) => ExportCheck::Done(Rc::new(checked)),
                    None => ExportCheck::Unavailable,
                };
                if *latest.borrow() == generation {
                    result.set(verdict);
                }
            });
        });
    }
    (*result).clone()
}

/// The summary view.
#[function_component(Summary)]
pub(crate) fn summary() -> Html {
    let state = use_app();
    let embed = use_context::<crate::embed::EmbedContext>().flatten();
    let lang = state.lang;
    let words = &state.words;
    // What `napcheck validate` would say of the file, from the checker.
    let checked = use_export_check(state.current_draft(), &state.known, lang);
    let Some(draft) = state.current_draft() else {
        return html! {};
    };
    let Some(report) = report_of(draft, &state.known, words, lang) else {
        return html! { <p>{ t(words, lang, "checklist.unknown_set") }</p> };
    };
    let on_json = {
        let (draft, known) = (draft.clone(), state.known.clone());
        Callback::from(move |_: MouseEvent| download_json(&draft, &known, lang))
    };
    let on_html = {
        let (draft, known, words) = (draft.clone(), state.known.clone(), words.clone());
        // The checker writes the file from the export (offline too: the
        // service worker keeps it after the first visit).
        Callback::from(move |_: MouseEvent| {
            let Some(text) = crate::json::write(&draft.export(&known, lang), true) else {
                return;
            };
            let (name, words) = (file_name(&draft, "html"), words.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(html) = crate::checker::report(&text, &words, lang).await {
                    let _ = dom::download(&name, "text/html", &html);
                }
            });
        })
    };
    let rows = report
        .commitments
        .iter()
        .map(|c| {
            (
                crate::chart::short_label(&c.id, &c.title),
                c.score,
                crate::chart::value_text(c.score, &c.score_text),
            )
        })
        .collect::<Vec<_>>();
    let verdict = match &checked {
        ExportCheck::Pending => {
            html! { <p role="status">{ t(words, lang, "report.checking") }</p> }
        }
        ExportCheck::Unavailable => html! {
            <p class="notice warn" role="status" id="report-unchecked">{ t(words, lang, "report.unchecked") }</p>
        },
        ExportCheck::Done(checked) if checked.errors().count() > 0 => html! {
            <div class="notice error" role="alert">
                <p>{ tf(words, lang, "report.invalid", &[("count", &checked.errors().count().to_string())]) }</p>
                <ul>{ for checked.errors().map(|f| html! { <li>{ &f.message }</li> }) }</ul>
            </div>
        },
        ExportCheck::Done(checked) => html! {
            <p>{ tf(words, lang, "report.valid", &[("warnings", &checked.findings.len().to_string())]) }</p>
        },
    };
    let submit_url = embed.is_some_and(|e| e.submit_url.is_some());
    let unconfirmed = draft.unconfirmed_suggestions(&state.known, lang);
    html! {
        <>
            <h1 tabindex="-1">{ t(words, lang, "report.title") }</h1>
            <dl class="facts">
                <dt>{ t(words, lang, "details.name") }</dt><dd>{ &report.site_name }</dd>
                <dt>{ t(words, lang, "details.url") }</dt><dd>{ link(&report.site_url) }</dd>
                <dt>{ t(words, lang, "details.set") }</dt><dd>{ &report.set_title }</dd>
                <dt>{ t(words, lang, "details.checked_on") }</dt><dd>{ &report.checked_on }</dd>
                <dt>{ t(words, lang, "details.region") }</dt><dd>{ or_dash(&report.region) }</dd>
                <dt>{ t(words, lang, "details.assessor") }</dt><dd>{ or_dash(&report.assessor) }</dd>
                <dt>{ t(words, lang, "progress.title") }</dt>
                <dd>{ tf(words, lang, "progress.answered", &[("answered", &report.answered.to_string()), ("applicable", &report.applicable.to_string())]) }</dd>
                <dt>{ t(words, lang, "score.overall") }</dt>
                <dd><span class="overall" id="report-overall">{ score(words, lang, report.overall) }</span>
                    if report.overall.is_some() && report.provisional {
                        { " " }<span class="provisional">{ t(words, lang, "score.provisional") }</span>
                    }
                </dd>
            </dl>
            if unconfirmed > 0 {
                <p class="notice warn suggestion" id="unconfirmed">
                    { tf(words, lang, "report.unconfirmed", &[("count", &unconfirmed.to_string())]) }
                </p>
            }
            <p class="formula" id="formula">{ report.formula }</p>
            <h2>{ t(words, lang, "report.by_commitment") }</h2>
            <Chart title={t(words, lang, "chart.title").to_owned()} {rows} />
            // Focusable, so that a keyboard can scroll it when it is wider than the screen.
            <div class="table-wrap" tabindex="0" role="region" aria-label={t(words, lang, "report.by_commitment").to_owned()}>
                <table>
                    <thead><tr>
                        <th scope="col">{ t(words, lang, "report.commitment") }</th>
                        <th scope="col" class="num">{ t(words, lang, "report.score") }</th>
                        <th scope="col" class="num">{ t(words, lang, "report.answered") }</th>
                    </tr></thead>
                    <tbody>
                        { for report.commitments.iter().map(|c| html! {
                            <tr key={c.id.clone()}>
                                <th scope="row">{ format!("{} {}", c.id, c.title) }</th>
                                <td class="num">{ &c.score_text }</td>
                                <td class="num">{ format!("{}\u{a0}/\u{a0}{}", c.answered, c.applicable) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h2>{ t(words, lang, "report.criteria") }</h2>
            <ol class="criteria-report">
                { for report.criteria.iter().map(|c| html! {
                    <li key={c.id.clone()}>
                        <h3>{ &c.title }{ " " }<span class="badge">{ &c.rating }</span></h3>
                        <button type="button" class="link no-print" aria-label={format!("{}: {}", t(words, lang, "report.change_short"), c.title)}
                            onclick={{ let id = c.id.clone(); on(&state, move |_: MouseEvent| Action::Ask(id.clone())) }}>
                            { t(words, lang, "report.change_short") }
                        </button>
                        <p>{ &c.explanation }</p>
                        <p class="contribution">{ &c.contribution }</p>
                        if !c.evidence.is_empty() {
                            <p class="label">{ t(words, lang, "criterion.evidence") }</p>
                            <ul class="links">{ for c.evidence.iter().map(|u| html! { <li>{ link(u) }</li> }) }</ul>
                        }
                        if !c.note.is_empty() {
                            <p class="note"><strong>{ t(words, lang, "criterion.note") }{ ": " }</strong>{ &c.note }</p>
                        }
                    </li>
                }) }
            </ol>
            <section class="export no-print" aria-labelledby="export-h">
                <h2 id="export-h">{ t(words, lang, "report.next_title") }</h2>
                <p id="next-step">{ t(words, lang, if submit_url { "report.next_submit" } else { "report.next_download" }) }</p>
                { verdict }
                <div class="actions">
                    <button type="button" class="primary" onclick={on_json}>{ t(words, lang, "report.download_json") }</button>
                    <button type="button" onclick={on_html} disabled={checked == ExportCheck::Unavailable}>{ t(words, lang, "report.download_html") }</button>
                    <button type="button" onclick={Callback::from(|_: MouseEvent| dom::print())}>{ t(words, lang, "report.print") }</button>
                </div>
                <super::submit::Submit {checked} />
            </section>
        </>
    }
}
