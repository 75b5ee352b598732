//! Text made safe for HTML: the widget's standalone report and the CLI's
//! HTML report both show texts strangers wrote (site names, notes, links),
//! and both escape them with this one function.

/// `text` safe in HTML content and in quoted attribute values: `&`, `<`,
/// `>`, `"` and `'` become character references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_and_quotes_become_references() {
        assert_eq!(
            escape(r#"<img src=x onerror="alert('1')"> & Bakı"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; Bakı"
        );
    }
}
