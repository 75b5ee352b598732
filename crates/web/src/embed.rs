//! Embedding on a host page. `static/embed.js` defines the
//! `<napcheck-widget>` custom element: it attaches a shadow root (the
//! widget's styles live inside it), reads the element's attributes and calls
//! [`crate::mount_embedded`] (in `lib.rs`, beside `mount`, so that
//! this module does not depend on `app`). Each widget is one app instance with its own
//! configuration ([`Embed`]): its preset (criteria set, body kind, site),
//! its language, its submit URL, and its own storage namespace, so that two
//! widgets on one page never share drafts. It tells the host what happens:
//! `napcheck:change` and `napcheck:submit` DOM events on the element (detail:
//! the assessment), and, inside an iframe, a `postMessage` to the parent:
//! `{source: "napcheck", type: "change"|"submit", widget, assessment}`.

use crate::state::{Action, State};
use crate::storage::Keys;
use crate::{dom, storage};
use napcheck_core::{Assessment, BodyKind, Day, Lang};
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// An embedded widget's configuration, or `None` on the standalone page.
pub(crate) type EmbedContext = Option<Rc<Embed>>;

/// The element's attributes, as `embed.js` passes them (an object of
/// strings; a missing or non-string property is `None`).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Attributes {
    /// `criteria`: the criteria set of a new assessment.
    pub(crate) criteria: Option<String>,
    /// `lang`: the first interface language (az, en, ru).
    pub(crate) lang: Option<String>,
    /// `body-kind`: the kind of body of a new assessment.
    pub(crate) body_kind: Option<String>,
    /// `site`: the website of a new assessment.
    pub(crate) site: Option<String>,
    /// `submit-url`, resolved against the page: where "Submit" POSTs.
    pub(crate) submit_url: Option<String>,
    /// `parent-origin`: the only origin `postMessage` may reach (default `*`).
    pub(crate) parent_origin: Option<String>,
    /// The storage namespace `embed.js` derived (see the README).
    pub(crate) namespace: String,
    /// The directory `embed.js` was loaded from: the widget's catalogue and
    /// translation files are fetched from there, not from the host page.
    pub(crate) assets: Option<String>,
}

impl Attributes {
    /// Reads the object `embed.js` passes, property by property (no JSON
    /// deserialiser for it in the first wasm).
    pub(crate) fn read(object: &JsValue) -> Attributes {
        let text = |name: &str| {
            js_sys::Reflect::get(object, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        Attributes {
            criteria: text("criteria"),
            lang: text("lang"),
            body_kind: text("body_kind"),
            site: text("site"),
            submit_url: text("submit_url"),
            parent_origin: text("parent_origin"),
            namespace: text("namespace").unwrap_or_default(),
            assets: text("assets"),
        }
    }
}

/// What a new assessment starts with.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Preset {
    criteria: Option<String>,
    body_kind: Option<BodyKind>,
    site: Option<String>,
}

impl Preset {
    /// Starts a preset assessment when the widget has none yet, through the
    /// reducer's own actions (an unknown set or kind is left as the default).
    pub(crate) fn start(&self, state: &mut State, id: String, today: Day) {
        if !state.drafts.is_empty() {
            return;
        }
        state.apply(Action::New { id, today });
        if let Some(set) = &self.criteria {
            state.apply(Action::SetSet(set.clone()));
            // The host chose this set: its citizens are not offered another.
            state.apply(Action::DeclineMigration);
        }
        if let Some(kind) = self.body_kind {
            state.apply(Action::SetKind(kind));
        }
        if let Some(site) = &self.site {
            state.apply(Action::SetUrl(site.clone()));
        }
    }
}

/// One embedded widget.
#[derive(Debug)]
pub(crate) struct Embed {
    /// The custom element: events are dispatched on it.
    host: web_sys::HtmlElement,
    /// What a new assessment starts with.
    pub(crate) preset: Preset,
    /// The first language.
    pub(crate) lang: Option<Lang>,
    /// Where "Submit" POSTs; without it, submitting only tells the host.
    pub(crate) submit_url: Option<String>,
    /// The storage keys of this widget.
    pub(crate) keys: Keys,
    namespace: String,
    parent_origin: String,
}

impl PartialEq for Embed {
    fn eq(&self, other: &Embed) -> bool {
        self.namespace == other.namespace && self.host == other.host
    }
}

impl Embed {
    /// The configuration from the attributes.
    pub(crate) fn new(host: web_sys::HtmlElement, attributes: Attributes) -> Embed {
        let nonblank = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        Embed {
            host,
            preset: preset(&attributes),
            lang: attributes.lang.as_deref().and_then(|l| l.parse().ok()),
            submit_url: nonblank(attributes.submit_url),
            keys: Keys::namespaced(&attributes.namespace),
            parent_origin: nonblank(attributes.parent_origin).unwrap_or_else(|| "*".into()),
            namespace: attributes.namespace,
        }
    }

    /// Dispatches `napcheck:<kind>` on the element and, inside an iframe,
    /// posts the message to the parent.
    pub(crate) fn emit(&self, kind: &str, assessment: &Assessment) {
        // Written as the export is (one serialiser of the assessment in
        // the wasm), then parsed by the browser.
        let Some(text) = crate::json::write(assessment, true) else {
            return;
        };
        let detail = js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL);
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        init.set_bubbles(true);
        init.set_composed(true);
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict(&format!("napcheck:{kind}"), &init)
        {
            let _ = self.host.dispatch_event(&event);
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        if JsValue::from(&parent) == JsValue::from(&window) {
            return;
        }
        let message = message(kind, &self.namespace, &text);
        if let Ok(message) = js_sys::JSON::parse(&message) {
            let _ = parent.post_message(&message, &self.parent_origin);
        }
    }

    /// Sets the widget's `lang` (never the host page's).
    fn set_lang(&self, lang: Lang) {
        let _ = self.host.set_attribute("lang", lang.code());
    }
}

/// The JSON text of the message posted to the parent frame, around the
/// assessment's JSON text.
pub(crate) fn message(kind: &str, widget: &str, assessment: &str) -> String {
    let quoted = |s: &str| crate::json::write(s, false).unwrap_or_else(|| "\"\"".into());
    format!(
        r#"{{"source":"napcheck","type":{},"widget":{},"assessment":{assessment}}}"#,
        quoted(kind),
        quoted(widget)
    )
}

fn preset(attributes: &Attributes) -> Preset {
    Preset {
        criteria: attributes.criteria.clone(),
        body_kind: attributes
            .body_kind
            .as_deref()
            .and_then(|k| BodyKind::ALL.into_iter().find(|kind| kind.id() == k)),
        site: attributes.site.clone(),
    }
}

/// The storage keys of an instance.
pub(crate) fn keys(embed: &EmbedContext) -> Keys {
    embed.as_ref().map(|e| e.keys.clone()).unwrap_or_default()
}

/// The first state of an instance: what its storage holds, in the
/// embedded widget's language when none was saved (its preset assessment
/// is started by `ui/embed.rs`, in the embedding's chunk).
pub(crate) fn initial_state(embed: &EmbedContext) -> State {
    let loaded = storage::load(&keys(embed));
    let lang = loaded
        .lang
        .or(embed.as_ref().and_then(|e| e.lang))
        .unwrap_or_default();
    State::restored(loaded.drafts, lang, loaded.place, loaded.problem)
}

/// Sets the language on the page (standalone) or on the widget (embedded).
pub(crate) fn set_lang(embed: &EmbedContext, lang: Lang) {
    match embed {
        Some(embed) => embed.set_lang(lang),
        None => dom::set_page_lang(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Day {
        Day::from_ymd(2018, 8, 17).expect("day")
    }

    #[test]
    fn attributes_preset_a_new_assessment_once() {
        let attributes = Attributes {
            criteria: Some("az-nap-2016-2018".into()),
            body_kind: Some("municipality".into()),
            site: Some("https://x.gov.az".into()),
            namespace: "n".into(),
            ..Attributes::default()
        };
        let preset = preset(&attributes);
        let mut state = State::default();
        preset.start(&mut state, "d1".into(), day());
        let draft = state.current_draft().expect("a draft");
        assert_eq!(draft.set.id, "az-nap-2016-2018");
        assert_eq!(draft.site.body_kind, BodyKind::Municipality);
        assert_eq!(draft.site.url.as_deref(), Some("https://x.gov.az"));
        // The host's set is kept: no newer set is offered to its citizens.
        assert_eq!(
            crate::migration::offer(draft, &state.known, state.lang),
            None
        );
        preset.start(&mut state, "d2".into(), day());
        assert_eq!(state.drafts.len(), 1);
    }

    #[test]
    fn unknown_values_leave_the_defaults() {
        let attributes = Attributes {
            criteria: Some("no-such-set".into()),
            body_kind: Some("palace".into()),
            ..Attributes::default()
        };
        let mut state = State::default();
        preset(&attributes).start(&mut state, "d1".into(), day());
        let fresh = crate::draft::Draft::new("d1".into(), day(), &state.known);
        let draft = state.current_draft().expect("a draft");
        assert_eq!(draft.set, fresh.set);
        assert_eq!(draft.site.body_kind, fresh.site.body_kind);
    }

    #[test]
    fn the_message_shape_is_documented() {
        let m: serde_json::Value =
            serde_json::from_str(&message("submit", "w\"1", r#"{"a": 1}"#)).expect("JSON");
        assert_eq!(
            m,
            serde_json::json!({"source": "napcheck", "type": "submit", "widget": "w\"1", "assessment": {"a": 1}})
        );
    }
}
