//! The reviewer page's HTML, rendered on the server (no script): the
//! sign-in form, the list of pending submissions each beside its
//! disagreements with the body's accepted assessments and a form to accept
//! or reject it with a reason, and short messages. Every text from a
//! submission is escaped with the core's HTML escape.

use super::words::{say, Word};
use crate::review::{agreed_text, assessor_name, Examined};
use napcheck_core::html::escape;
use napcheck_core::Lang;
use std::fmt::Write as _;

/// Who is signed in: the name and the session's form token.
pub(crate) struct Signed<'a> {
    pub(crate) reviewer: &'a str,
    pub(crate) csrf: &'a str,
}

fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "az",
        Lang::En => "en",
        Lang::Ru => "ru",
    }
}

/// A whole page around `main`.
fn page(lang: Lang, title: &str, signed: Option<&Signed<'_>>, main: &str) -> String {
    let l = code(lang);
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{l}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title} · napcheck</title><link rel=\"stylesheet\" href=\"/review/style.css\"></head>\
<body><header><nav aria-label=\"{}\"><ul class=\"langs\">",
        escape(say(lang, Word::Language))
    );
    for (other, name) in [
        (Lang::Az, "Azərbaycanca"),
        (Lang::En, "English"),
        (Lang::Ru, "Русский"),
    ] {
        let current = if other == lang {
            " aria-current=\"true\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<li><a href=\"?lang={0}\" lang=\"{0}\" hreflang=\"{0}\"{current}>{name}</a></li>",
            code(other)
        );
    }
    out.push_str("</ul></nav>");
    if let Some(signed) = signed {
        let _ = write!(
            out,
            "<form class=\"signout\" method=\"post\" action=\"/review/logout?lang={l}\">\
<p>{} <strong>{}</strong></p><input type=\"hidden\" name=\"csrf\" value=\"{}\">\
<button type=\"submit\">{}</button></form>",
            say(lang, Word::SignedInAs),
            escape(signed.reviewer),
            escape(signed.csrf),
            say(lang, Word::SignOut)
        );
    }
    let _ = writeln!(out, "</header><main>{main}</main></body></html>");
    out
}

/// The sign-in form, with `error` above it.
pub(crate) fn login(lang: Lang, error: Option<Word>) -> String {
    let l = code(lang);
    let title = say(lang, Word::SignInTitle);
    let mut main = format!("<h1>{title}</h1>");
    if let Some(error) = error {
        let _ = write!(
            main,
            "<p class=\"error\" role=\"alert\">{}</p>",
            say(lang, error)
        );
    }
    let _ = write!(
        main,
        "<form method=\"post\" action=\"/review/login?lang={l}\">\
<p><label for=\"name\">{}</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required></p>\
<p><label for=\"token\">{}</label><input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required></p>\
<p><button type=\"submit\">{}</button></p></form>",
        say(lang, Word::Name),
        say(lang, Word::Token),
        say(lang, Word::SignIn)
    );
    page(lang, title, None, &main)
}

/// A short message page (an error, a refusal) with a way back.
pub(crate) fn message(lang: Lang, text: &str, signed: Option<&Signed<'_>>) -> String {
    let l = code(lang);
    let (link, back) = if signed.is_some() {
        ("/review/", say(lang, Word::Back))
    } else {
        ("/review/login", say(lang, Word::SignIn))
    };
    let main = format!(
        "<h1>{}</h1><p class=\"error\" role=\"alert\">{}</p><p><a href=\"{link}?lang={l}\">{back}</a></p>",
        say(lang, Word::Title),
        escape(text)
    );
    page(lang, say(lang, Word::Title), signed, &main)
}

/// The list of pending submissions; `notice` is the decision just recorded
/// (the submission's id and the verdict's word), `more` how many pending
/// ones are not shown.
pub(crate) fn index(
    lang: Lang,
    signed: &Signed<'_>,
    pending: &[Examined],
    more: usize,
    notice: Option<(&str, Word)>,
) -> String {
    let l = code(lang);
    let title = say(lang, Word::Title);
    let mut main = format!("<h1>{title}</h1>");
    if let Some((id, verdict)) = notice {
        let _ = write!(
            main,
            "<p class=\"notice\" role=\"status\">{} <code>{}</code> — {}</p>",
            say(lang, Word::Recorded),
            escape(id),
            say(lang, verdict)
        );
    }
    let _ = write!(
        main,
        "<h2>{} ({})</h2>",
        say(lang, Word::Pending),
        pending.len() + more
    );
    if pending.is_empty() {
        let _ = write!(main, "<p>{}</p>", say(lang, Word::NonePending));
    }
    for (n, item) in pending.iter().enumerate() {
        let a = &item.assessment;
        let _ = write!(
            main,
            "<article class=\"submission\" aria-labelledby=\"h{n}\"><h3 id=\"h{n}\">{} · <code>{}</code></h3><dl>\
<dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>id</dt><dd><code>{}</code></dd></dl>\
<h4>{}</h4>",
            escape(&a.site.name),
            escape(&item.id.chars().take(8).collect::<String>()),
            say(lang, Word::Body),
            escape(&item.body),
            say(lang, Word::Assessor),
            escape(&assessor_name(a, lang)),
            say(lang, Word::Checked),
            escape(&a.checked_on.to_string()),
            escape(&item.id),
            say(lang, Word::Disagreements)
        );
        if item.disputed.is_empty() {
            let _ = write!(main, "<p>{}</p>", say(lang, Word::NoDisagreements));
        } else {
            main.push_str("<ul class=\"disputes\">");
            for d in &item.disputed {
                let _ = write!(
                    main,
                    "<li><strong>{}</strong> — {}: {}; {}: {}<ul>",
                    escape(&d.criterion),
                    say(lang, Word::CurrentConsensus),
                    escape(&agreed_text(&d.current, lang)),
                    say(lang, Word::WithThis),
                    escape(&agreed_text(&d.consensus, lang))
                );
                for w in &d.witnesses {
                    let _ = write!(
                        main,
                        "<li>{}: <strong>{}</strong> <code>{}</code>",
                        escape(&w.source),
                        escape(&w.answer),
                        escape(&w.observation)
                    );
                    for link in &w.evidence {
                        let _ = write!(main, " <span class=\"link\">{}</span>", escape(link));
                    }
                    main.push_str("</li>");
                }
                main.push_str("</ul></li>");
            }
            main.push_str("</ul>");
        }
        let _ = write!(
            main,
            "<form method=\"post\" action=\"/review/decide?lang={l}\">\
<input type=\"hidden\" name=\"csrf\" value=\"{}\"><input type=\"hidden\" name=\"id\" value=\"{}\">\
<p><label for=\"reason{n}\">{}</label><textarea id=\"reason{n}\" name=\"reason\" rows=\"3\" required></textarea></p>\
<p class=\"decide\"><button type=\"submit\" name=\"decision\" value=\"accept\">{}</button>\
<button type=\"submit\" name=\"decision\" value=\"reject\">{}</button></p></form></article>",
            escape(signed.csrf),
            escape(&item.id),
            say(lang, Word::Reason),
            say(lang, Word::Accept),
            say(lang, Word::Reject)
        );
    }
    if more > 0 {
        let _ = write!(main, "<p>+{more} {}</p>", say(lang, Word::More));
    }
    page(lang, title, Some(signed), &main)
}

/// The page's style sheet: one column, readable at 360 px, controls at
/// least 44 px high, visible focus.
pub(crate) const STYLE: &str = "\
*{box-sizing:border-box}\
body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}\
header,main{max-width:48rem;margin:0 auto;padding:0.75rem}\
header{border-bottom:1px solid #767676;display:flex;flex-wrap:wrap;gap:0.5rem;justify-content:space-between;align-items:center}\
.langs{list-style:none;display:flex;gap:0.75rem;margin:0;padding:0}\
.langs a{display:inline-block;min-height:44px;padding:0.6rem 0.25rem}\
a{color:#0b4f9c}\
a[aria-current]{font-weight:bold}\
.signout{display:flex;flex-wrap:wrap;gap:0.5rem;align-items:center}\
.signout p{margin:0}\
label{display:block;font-weight:600}\
input,textarea{width:100%;min-height:44px;font:inherit;padding:0.5rem;border:1px solid #595959;border-radius:4px}\
button{min-height:44px;min-width:44px;font:inherit;padding:0.5rem 1rem;border:1px solid #0b4f9c;border-radius:4px;background:#0b4f9c;color:#fff;cursor:pointer}\
button[value=reject]{background:#fff;color:#8a1c1c;border-color:#8a1c1c}\
.decide{display:flex;flex-wrap:wrap;gap:0.75rem}\
:focus-visible{outline:3px solid #b35900;outline-offset:2px}\
.submission{border:1px solid #767676;border-radius:6px;padding:0.75rem;margin:1rem 0}\
dl{display:grid;grid-template-columns:auto 1fr;gap:0.25rem 0.75rem}\
dt{font-weight:600}dd{margin:0}\
code,.link,dd,li{overflow-wrap:anywhere}\
.error{color:#8a1c1c;font-weight:600}\
.notice{background:#e8f4ea;border-left:4px solid #1e6b2f;padding:0.5rem}\
";
