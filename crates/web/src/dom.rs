//! The few browser calls the views share: today's date, fresh ids, the page's
//! `lang`, moving focus to a new view's heading, and file downloads.

use napcheck_core::{Day, Lang};
use wasm_bindgen::{JsCast, JsValue};

/// Today, by the browser's clock and time zone.
pub(crate) fn today() -> Day {
    let now = js_sys::Date::new_0();
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    let year = i32::try_from(now.get_full_year()).unwrap_or(2000);
    Day::from_ymd(year, month, day)
        .or_else(|| Day::from_ymd(2000, 1, 1))
        .unwrap_or_else(|| unreachable!("2000-01-01 exists"))
}

/// A new draft id: the time in milliseconds and a random part, in hex, so
/// that ids sort by creation.
pub(crate) fn new_id() -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 65536.0) as u32;
    format!("d{millis:011x}{random:04x}")
}

/// Sets `<html lang>`.
pub(crate) fn set_page_lang(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Moves focus to the first heading in `root` that `selector` matches (a
/// view's `h1`, a new question's title), so that a keyboard or screen
/// reader user lands on what is new.
pub(crate) fn focus_heading(root: &web_sys::Element, selector: &str) {
    if let Ok(Some(heading)) = root.query_selector(selector) {
        if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
            let _ = heading.focus();
        }
    }
}

/// Offers `content` as a download named `file`.
pub(crate) fn download(file: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Opens the browser's print dialog.
pub(crate) fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Moves focus to the element with `id`, if there is one.
pub(crate) fn focus_id(id: &str) {
    if let Some(element) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
