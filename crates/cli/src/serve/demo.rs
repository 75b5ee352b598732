//! The demo host page: what an NGO puts on its site, served under the same
//! strict policy as everything else (no inline script or style). With
//! `--collect`, its widget submits to this server; without, it offers the
//! export only.

use super::Shared;
use axum::extract::State;
use axum::response::Html;
use std::sync::Arc;

const HEAD: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>napcheck: embedding demo</title>
<link rel="icon" href="data:,">
</head>
<body>
<h1>An NGO's page embedding napcheck</h1>
<p>This page embeds the widget with one snippet:</p>
<pre><code>&lt;script type="module" src="/embed.js"&gt;&lt;/script&gt;
&lt;napcheck-widget criteria="az-nap-2016-2018" lang="az" body-kind="local_executive"
  site="https://binagadi-ih.gov.az" submit-url="/api/assessments"&gt;&lt;/napcheck-widget&gt;</code></pre>
<script type="module" src="/embed.js"></script>
"#;

/// The page.
pub(crate) async fn page(State(shared): State<Arc<Shared>>) -> Html<String> {
    let submit = if shared.store.is_some() {
        r#" submit-url="/api/assessments""#
    } else {
        ""
    };
    Html(format!(
        "{HEAD}<napcheck-widget criteria=\"az-nap-2016-2018\" lang=\"az\" \
         body-kind=\"local_executive\" site=\"https://binagadi-ih.gov.az\"{submit}>\
         </napcheck-widget>\n</body>\n</html>\n"
    ))
}
