//! The summary (report) view: scores per commitment as a chart and a table, every criterion's rating
//! and explanation, evidence and notes; export as JSON, print, and in an
//! embedded widget "Submit" (`submit.rs`). Its code is in a chunk of its
//! own (the split point [`chunk`], cut by `scripts/build-web`), fetched the
//! first time the view is shown, or once a checklist is on screen and the
//! page idle ([`prefetch`]); until then the view says "Loading…", and a
//! chunk that could not be fetched is said in words with "Try again".
//! What `napcheck validate` would say of the file, and the standalone
//! HTML report, come from the on-demand checker (`checker.rs`): the export
//! is checked again whenever it changed ([`export_check`]).

use super::node::{el, svg, El};
use super::{embed, redraw, submit, APP};
use crate::chart::{bars, BAR_MAX, BAR_X, WIDTH};
use crate::checker::ExportCheck;
use crate::i18n::{score, t, tf};
use crate::report::or_dash;
use crate::state::{Action, State, View};
use crate::summary::{download_json, file_name, report_of};
use napcheck_core::{is_http_url, Lang};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// What the chunk gives: the view and its events.
#[derive(Clone, Copy)]
struct Chunk {
    draw: fn(&State) -> Vec<El>,
    act: fn(&str, &str, &web_sys::Element) -> Option<Action>,
}

/// Where fetching the chunk stands.
#[derive(Clone, Copy, PartialEq)]
enum Load {
    Idle,
    Loading,
    Failed,
}

thread_local! {
    static LOADED: Cell<Option<Chunk>> = const { Cell::new(None) };
    static LOAD: Cell<Load> = const { Cell::new(Load::Idle) };
    /// The instance showing "Loading…", and whether the citizen moved
    /// there (its heading then takes the focus once it is drawn).
    static WAITING: Cell<Option<(embed::Here, bool)>> = const { Cell::new(None) };
    /// The prefetch was asked for.
    static PREFETCHED: Cell<bool> = const { Cell::new(false) };
    /// What the checker said of each widget's export: the widget, the
    /// export's text and language, and the verdict (the last export only).
    static EXPORTS: RefCell<Vec<(embed::Here, String, Lang, ExportCheck)>> =
        const { RefCell::new(Vec::new()) };
}

#[wasm_split(summary, fallible)]
fn chunk() -> Result<Chunk, SplitLoaderError> {
    Ok(Chunk { draw: summary, act })
}

/// Fetches the chunk (once); then the view waiting for it is drawn.
fn load() {
    if LOADED.get().is_some() || LOAD.get() == Load::Loading {
        return;
    }
    LOAD.set(Load::Loading);
    wasm_bindgen_futures::spawn_local(async {
        let loaded = chunk().await.ok();
        LOADED.set(loaded);
        let waiting = WAITING.take();
        // A prefetch that failed is tried again when the view is shown.
        LOAD.set(match (loaded, waiting) {
            (None, Some(_)) => Load::Failed,
            _ => Load::Idle,
        });
        if let Some((here, moved)) = waiting {
            redraw(here);
            if moved && loaded.is_some() {
                let main = APP.with(|a| Some(a.borrow().as_ref()?.root.clone()));
                if let Some(main) = main.and_then(|r| r.query_selector("#main").ok().flatten()) {
                    crate::dom::focus_heading(&main, "h1");
                }
            }
        }
    });
}

/// The summary view: drawn by the chunk once it is here.
pub(super) fn view(state: &State) -> Vec<El> {
    if let Some(chunk) = LOADED.get() {
        return (chunk.draw)(state);
    }
    let (lang, words) = (state.lang, &state.words);
    if LOAD.get() == Load::Failed {
        return vec![super::chunk::failed(state, "sum-retry")];
    }
    if WAITING.get().is_none() {
        // Moved here (not a reload, where the focus is left alone).
        let moved = gloo::utils::document()
            .active_element()
            .is_some_and(|e| e.tag_name() != "BODY");
        WAITING.set(Some((embed::here(), moved)));
    }
    load();
    vec![el("p")
        .attr("role", "status")
        .attr("aria-busy", "true")
        .text(t(words, lang, "loading.part"))]
}

/// Fetches the chunk once a checklist's questions are on screen and the
/// page is idle, so that the summary is there at once.
pub(super) fn prefetch(state: &State) {
    if PREFETCHED.get() || LOADED.get().is_some() || state.view != View::Checklist {
        return;
    }
    let set = state
        .current_draft()
        .and_then(|d| d.shared_set(&state.known, state.lang));
    if set.is_some() {
        PREFETCHED.set(true);
        wasm_bindgen_futures::spawn_local(async {
            crate::checker::page_idle().await;
            load();
        });
    }
}

/// The summary's events (`events.rs`): by code in the chunk.
pub(crate) fn action(kind: &str, code: &str, element: &web_sys::Element) -> Option<Action> {
    if !code.starts_with("sum-") {
        return None;
    }
    if code == "sum-retry" {
        LOAD.set(Load::Idle);
        redraw(embed::here());
        return None;
    }
    (LOADED.get()?.act)(kind, code, element)
}

// ---- In the chunk ----

/// A summary button pressed.
fn act(kind: &str, code: &str, element: &web_sys::Element) -> Option<Action> {
    match (kind, code) {
        ("click", "sum-ask") => return Some(Action::Ask(element.get_attribute("data-c")?)),
        ("click", "sum-print") => crate::dom::print(),
        ("click", "sum-html") => download_html(),
        ("click", "sum-submit") => submit::send(),
        ("click", "sum-json") => APP.with(|a| {
            let guard = a.borrow();
            let state = guard.as_ref().map(|app| &app.state);
            if let Some((draft, state)) = state.and_then(|s| Some((s.current_draft()?, s))) {
                download_json(draft, &state.known, state.lang);
            }
        }),
        _ => {}
    }
    None
}

/// The standalone HTML report of the current draft, written by the
/// checker from its export (offline too: the service worker keeps the
/// checker after the first visit), downloaded.
fn download_html() {
    let current = APP.with(|a| {
        let guard = a.borrow();
        let state = &guard.as_ref()?.state;
        let draft = state.current_draft()?;
        let text = crate::json::write(&draft.export(&state.known, state.lang), true)?;
        Some((
            text,
            file_name(draft, "html"),
            state.words.clone(),
            state.lang,
        ))
    });
    let Some((text, name, words, lang)) = current else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(html) = crate::checker::report(&text, &words, lang).await {
            let _ = crate::dom::download(&name, "text/html", &html);
        }
    });
}

/// What `napcheck validate` would say of `export` (the current draft's
/// file, in `lang`) for the widget being drawn: the checker's verdict when
/// it has checked this very text, else [`ExportCheck::Pending`] while it
/// checks it (then the widget is drawn again). Only the latest export's
/// verdict is kept, whichever check ends last.
fn export_check(export: &str, lang: Lang) -> ExportCheck {
    let here = embed::here();
    let known = EXPORTS.with(|e| {
        let list = e.borrow();
        let (_, text, checked_lang, verdict) = list.iter().find(|entry| entry.0 == here)?;
        (text == export && *checked_lang == lang).then(|| verdict.clone())
    });
    if let Some(verdict) = known {
        return verdict;
    }
    EXPORTS.with(|e| {
        let mut list = e.borrow_mut();
        list.retain(|entry| entry.0 != here);
        list.push((here, export.to_owned(), lang, ExportCheck::Pending));
    });
    let text = export.to_owned();
    wasm_bindgen_futures::spawn_local(async move {
        let checked = crate::checker::check(text.clone().into_bytes(), lang, crate::dom::today());
        let verdict = match checked.await {
            Some(checked) => ExportCheck::Done(Rc::new(checked)),
            None => ExportCheck::Unavailable,
        };
        let latest = EXPORTS.with(|e| {
            let mut list = e.borrow_mut();
            let entry = list
                .iter_mut()
                .find(|entry| entry.0 == here && entry.1 == text && entry.2 == lang)?;
            entry.3 = verdict;
            Some(())
        });
        if latest.is_some() {
            redraw(here);
        }
    });
    ExportCheck::Pending
}

/// The export's verdict in words.
fn verdict(checked: &ExportCheck, state: &State) -> El {
    let (lang, words) = (state.lang, &state.words);
    match checked {
        ExportCheck::Pending => {
            el("p")
                .attr("role", "status")
                .text(t(words, lang, "report.checking"))
        }
        ExportCheck::Unavailable => el("p")
            .attr("class", "notice warn")
            .attr("role", "status")
            .attr("id", "report-unchecked")
            .text(t(words, lang, "report.unchecked")),
        ExportCheck::Done(checked) if checked.errors().count() > 0 => el("div")
            .attr("class", "notice error")
            .attr("role", "alert")
            .child(el("p").text(&tf(
                words,
                lang,
                "report.invalid",
                &[("count", &checked.errors().count().to_string())],
            )))
            .child(el("ul").children(checked.errors().map(|f| el("li").text(&f.message)))),
        ExportCheck::Done(checked) => el("p").text(&tf(
            words,
            lang,
            "report.valid",
            &[("warnings", &checked.findings.len().to_string())],
        )),
    }
}

fn link(url: &str) -> El {
    if is_http_url(url) {
        el("a").attr("href", url).text(url)
    } else {
        el("span").text(url)
    }
}

/// The bar chart, drawn as SVG from `crate::chart`'s geometry, with a
/// title for screen readers (the table next to it has the figures).
fn chart(title: &str, rows: &[(String, Option<f64>, String)]) -> El {
    let (bars, height) = bars(rows);
    let (x, max) = (BAR_X.to_string(), BAR_MAX.to_string());
    svg("svg")
        .attr("class", "chart")
        .attr("role", "img")
        .attr("aria-label", title)
        .attr("viewBox", &format!("0 0 {WIDTH} {height}"))
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .child(svg("title").text(title))
        .children(bars.into_iter().map(|bar| {
            let (y, h) = (bar.y.to_string(), bar.height.to_string());
            svg("g")
                .child(
                    svg("text")
                        .attr("x", "0")
                        .attr("y", &bar.label_y.to_string())
                        .text(&bar.label),
                )
                .child(
                    svg("rect")
                        .attr("class", "track")
                        .attr("x", &x)
                        .attr("y", &y)
                        .attr("width", &max)
                        .attr("height", &h),
                )
                .child(
                    svg("rect")
                        .attr("class", "bar")
                        .attr("x", &x)
                        .attr("y", &y)
                        .attr("width", &bar.width.to_string())
                        .attr("height", &h),
                )
                .child(
                    svg("text")
                        .attr("x", &(BAR_X + BAR_MAX + 8).to_string())
                        .attr("y", &(bar.y + 16).to_string())
                        .text(&bar.value),
                )
        }))
}

/// The summary view.
fn summary(state: &State) -> Vec<El> {
    let (lang, words) = (state.lang, &state.words);
    let Some(draft) = state.current_draft() else {
        return Vec::new();
    };
    let Some(report) = report_of(draft, &state.known, words, lang) else {
        return vec![el("p").text(t(words, lang, "checklist.unknown_set"))];
    };
    let dt = |key| el("dt").text(t(words, lang, key));
    let dd = |text: &str| el("dd").text(text);
    let progress = tf(
        words,
        lang,
        "progress.answered",
        &[
            ("answered", &report.answered.to_string()),
            ("applicable", &report.applicable.to_string()),
        ],
    );
    let mut overall = el("dd").child(
        el("span")
            .attr("class", "overall")
            .attr("id", "report-overall")
            .text(&score(words, lang, report.overall)),
    );
    if report.overall.is_some() && report.provisional {
        overall = overall
            .text(" ")
            .child(el("span").attr("class", "provisional").text(t(
                words,
                lang,
                "score.provisional",
            )));
    }
    let facts = el("dl")
        .attr("class", "facts")
        .child(dt("details.name"))
        .child(dd(&report.site_name))
        .child(dt("details.url"))
        .child(el("dd").child(link(&report.site_url)))
        .child(dt("details.set"))
        .child(dd(&report.set_title))
        .child(dt("details.checked_on"))
        .child(dd(&report.checked_on))
        .child(dt("details.region"))
        .child(dd(or_dash(&report.region)))
        .child(dt("details.assessor"))
        .child(dd(or_dash(&report.assessor)))
        .child(dt("progress.title"))
        .child(dd(&progress))
        .child(dt("score.overall"))
        .child(overall);
    let unconfirmed = draft.unconfirmed_suggestions(&state.known, lang);
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
    let by_commitment = t(words, lang, "report.by_commitment");
    let th = |key, num: bool| {
        el("th")
            .attr("scope", "col")
            .attr_if(num, "class", "num")
            .text(t(words, lang, key))
    };
    let table = el("div")
        .attr("class", "table-wrap")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", by_commitment)
        .child(
            el("table")
                .child(
                    el("thead").child(
                        el("tr")
                            .child(th("report.commitment", false))
                            .child(th("report.score", true))
                            .child(th("report.answered", true)),
                    ),
                )
                .child(el("tbody").children(report.commitments.iter().map(|c| {
                    el("tr")
                        .child(
                            el("th")
                                .attr("scope", "row")
                                .text(&format!("{} {}", c.id, c.title)),
                        )
                        .child(el("td").attr("class", "num").text(&c.score_text))
                        .child(
                            el("td")
                                .attr("class", "num")
                                .text(&format!("{}\u{a0}/\u{a0}{}", c.answered, c.applicable)),
                        )
                }))),
        );
    let change = t(words, lang, "report.change_short");
    let criteria = el("ol")
        .attr("class", "criteria-report")
        .children(report.criteria.iter().map(|c| {
            let mut li = el("li")
                .child(
                    el("h3")
                        .text(&c.title)
                        .text(" ")
                        .child(el("span").attr("class", "badge").text(&c.rating)),
                )
                .child(
                    El::button(change)
                        .attr("class", "link no-print")
                        .attr("aria-label", &format!("{change}: {}", c.title))
                        .does("sum-ask", &c.id, ""),
                )
                .child(el("p").text(&c.explanation))
                .child(el("p").attr("class", "contribution").text(&c.contribution));
            if !c.evidence.is_empty() {
                li = li
                    .child(el("p").attr("class", "label").text(t(
                        words,
                        lang,
                        "criterion.evidence",
                    )))
                    .child(
                        el("ul")
                            .attr("class", "links")
                            .children(c.evidence.iter().map(|u| el("li").child(link(u)))),
                    );
            }
            if !c.note.is_empty() {
                li = li.child(
                    el("p")
                        .attr("class", "note")
                        .child(
                            el("strong")
                                .text(t(words, lang, "criterion.note"))
                                .text(": "),
                        )
                        .text(&c.note),
                );
            }
            li
        }));
    let submit_url = embed::current().is_some_and(|e| e.submit_url.is_some());
    let text = crate::json::write(&draft.export(&state.known, lang), true).unwrap_or_default();
    let checked = export_check(&text, lang);
    let export = el("section")
        .attr("class", "export no-print")
        .attr("aria-labelledby", "export-h")
        .child(
            el("h2")
                .attr("id", "export-h")
                .text(t(words, lang, "report.next_title")),
        )
        .child(el("p").attr("id", "next-step").text(t(
            words,
            lang,
            if submit_url {
                "report.next_submit"
            } else {
                "report.next_download"
            },
        )))
        .child(verdict(&checked, state))
        .child(
            el("div")
                .attr("class", "actions")
                .child(
                    El::button(t(words, lang, "report.download_json"))
                        .attr("class", "primary")
                        .does("sum-json", "", ""),
                )
                .child(
                    El::button(t(words, lang, "report.download_html"))
                        .attr_if(checked == ExportCheck::Unavailable, "disabled", "")
                        .does("sum-html", "", ""),
                )
                .child(El::button(t(words, lang, "report.print")).does("sum-print", "", "")),
        )
        .maybe(submit::submit(state, &text, &checked));
    vec![
        el("h1")
            .attr("tabindex", "-1")
            .text(t(words, lang, "report.title")),
        facts,
    ]
    .into_iter()
    .chain((unconfirmed > 0).then(|| {
        el("p")
            .attr("class", "notice warn suggestion")
            .attr("id", "unconfirmed")
            .text(&tf(
                words,
                lang,
                "report.unconfirmed",
                &[("count", &unconfirmed.to_string())],
            ))
    }))
    .chain([
        el("p")
            .attr("class", "formula")
            .attr("id", "formula")
            .text(report.formula),
        el("h2").text(by_commitment),
        chart(t(words, lang, "chart.title"), &rows),
        table,
        el("h2").text(t(words, lang, "report.criteria")),
        criteria,
        export,
    ])
    .collect()
}
