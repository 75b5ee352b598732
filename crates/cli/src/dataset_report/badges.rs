//! `--format badges --out DIR`: one SVG badge per body, for an NGO to put
//! on its site: the body's overall score (coloured by its level), its
//! coverage (rated criteria of the relevant ones) and the round (the day or
//! period of the check), labelled in `--lang`. Written to
//! `DIR/<set>/<body>.svg`, the body's id made a safe file name. Every text
//! from the data is escaped (`napcheck_core::html::escape`); the badge
//! holds no script, link or external reference.

use super::words::{word, Word};
use super::{Meta, Section};
use napcheck_core::html::escape;
use napcheck_core::Lang;
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

/// Width in pixels of one character at the badge's font size (11 px
/// DejaVu Sans/Verdana average, rounded up so that text never overflows).
const CHAR_WIDTH: usize = 7;
/// Padding on each side of a segment's text.
const PADDING: usize = 6;

/// Writes every body's badge under `dir`; returns the files written.
pub(crate) fn write(dir: &Path, sections: &[Section<'_>], meta: &Meta) -> io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for section in sections {
        let set_dir = dir.join(file_name(&section.set.id));
        std::fs::create_dir_all(&set_dir)?;
        let mut taken = HashSet::new();
        for (body, evaluation) in section.bodies.consensuses(section.set) {
            let assessment = &body.assessment;
            let round = match assessment.checked_until {
                Some(until) if until != assessment.checked_on => {
                    format!("{}..{until}", assessment.checked_on)
                }
                _ => assessment.checked_on.to_string(),
            };
            let coverage = evaluation.coverage;
            let coverage = if coverage.relevant == 0 {
                "–".to_owned()
            } else {
                format!(
                    "{:.0}%",
                    coverage.rated as f64 * 100.0 / coverage.relevant as f64
                )
            };
            let badge = Badge {
                name: &assessment.site.name,
                score: evaluation.overall,
                coverage: &coverage,
                round: &round,
            };
            let mut stem = file_name(&body.id.to_string());
            let mut n = 1;
            while !taken.insert(stem.clone()) {
                n += 1;
                stem = format!("{}-{n}", file_name(&body.id.to_string()));
            }
            let path = set_dir.join(format!("{stem}.svg"));
            std::fs::write(&path, badge.svg(meta.lang))?;
            written.push(path);
        }
    }
    Ok(written)
}

/// What one badge shows.
struct Badge<'a> {
    name: &'a str,
    score: Option<f64>,
    coverage: &'a str,
    round: &'a str,
}

impl Badge<'_> {
    fn svg(&self, lang: Lang) -> String {
        let score = super::percent(self.score);
        let segments = [
            ("#555", "napcheck".to_owned()),
            (
                score_colour(self.score),
                format!("{}: {score}", word(lang, Word::Overall)),
            ),
            (
                "#455a64",
                format!("{}: {}", word(lang, Word::Coverage), self.coverage),
            ),
            ("#37474f", self.round.to_owned()),
        ];
        let widths: Vec<usize> = segments
            .iter()
            .map(|(_, text)| text.chars().count() * CHAR_WIDTH + 2 * PADDING)
            .collect();
        let total: usize = widths.iter().sum();
        let label = format!(
            "{} — {}: {score}, {}: {}, {}: {}",
            self.name,
            word(lang, Word::Overall),
            word(lang, Word::Coverage),
            self.coverage,
            word(lang, Word::Checked),
            self.round
        );
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{total}\" height=\"20\" \
             role=\"img\" aria-label=\"{label}\">\n<title>{label}</title>\n",
            label = escape(&label)
        );
        let mut x = 0;
        for ((colour, _), width) in segments.iter().zip(&widths) {
            svg.push_str(&format!(
                "<rect x=\"{x}\" width=\"{width}\" height=\"20\" fill=\"{colour}\"/>\n"
            ));
            x += width;
        }
        svg.push_str(
            "<g fill=\"#fff\" font-family=\"DejaVu Sans,Verdana,Geneva,sans-serif\" \
             font-size=\"11\" text-anchor=\"middle\">\n",
        );
        let mut x = 0;
        for ((_, text), width) in segments.iter().zip(&widths) {
            svg.push_str(&format!(
                "<text x=\"{}\" y=\"14\">{}</text>\n",
                x + width / 2,
                escape(text)
            ));
            x += width;
        }
        svg.push_str("</g>\n</svg>\n");
        svg
    }
}

/// The score's colour, white text readable on each (contrast 4.5:1 or
/// more): green from 75%, amber from 50%, red under, grey without a score.
fn score_colour(score: Option<f64>) -> &'static str {
    match score {
        Some(s) if s >= 75.0 => "#2e7d32",
        Some(s) if s >= 50.0 => "#8a5a00",
        Some(_) => "#c62828",
        None => "#6e7781",
    }
}

/// `id` as a file name: ASCII letters, digits, `-`, `_` and `.` kept, any
/// other character `_`; never empty, never starting with `.`.
fn file_name(id: &str) -> String {
    let name: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if name.is_empty() || name.starts_with('.') {
        format!("_{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_cannot_leave_the_directory() {
        assert_eq!(file_name("../etc/passwd"), "_.._etc_passwd");
        assert_eq!(file_name(""), "_");
        assert_eq!(file_name("bakı şəhəri"), "bak____h_ri");
        assert_eq!(file_name("economy.gov.az"), "economy.gov.az");
    }

    #[test]
    fn texts_are_escaped() {
        let badge = Badge {
            name: "<script>alert('x')</script> & \"co\"",
            score: Some(80.0),
            coverage: "50%",
            round: "2018-08-16",
        };
        let svg = badge.svg(Lang::En);
        assert!(!svg.contains("<script>"));
        assert!(
            svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")
        );
    }
}
