//! Writing the results as sites finish, in the order asked, so that memory
//! does not grow with the number of sites: the hints document is written
//! site by site (JSON, or text with `--format human`), and each site's
//! draft as soon as it is known.

use super::human;
use super::words::{say, Message};
use crate::args::SimpleFormat;
use crate::failure::Failure;
use napcheck_core::hints::{self, HintsDocument, SiteHints};
use napcheck_core::CriteriaSet;
use reqwest::Url;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where and how the results go.
pub(crate) struct Output<'a> {
    writer: Box<dyn Write>,
    format: SimpleFormat,
    set: &'a CriteriaSet,
    header: HintsDocument,
    drafts: Option<PathBuf>,
    written: usize,
    shown: String,
}

impl<'a> Output<'a> {
    /// Opens `path` (or standard output) and `drafts`, and writes the
    /// document's opening.
    pub(crate) fn open(
        path: Option<&Path>,
        format: SimpleFormat,
        set: &'a CriteriaSet,
        header: HintsDocument,
        drafts: Option<&Path>,
    ) -> Result<Output<'a>, Failure> {
        let lang = header.language;
        let unwritable = |path: &Path, e: std::io::Error| {
            Failure(say(
                &Message::Unwritable(&path.display().to_string(), e.to_string()),
                lang,
            ))
        };
        let writer: Box<dyn Write> = match path {
            Some(path) => Box::new(std::io::BufWriter::new(
                std::fs::File::create(path).map_err(|e| unwritable(path, e))?,
            )),
            None => Box::new(std::io::BufWriter::new(std::io::stdout())),
        };
        if let Some(dir) = drafts {
            std::fs::create_dir_all(dir).map_err(|e| unwritable(dir, e))?;
        }
        let mut output = Output {
            writer,
            format,
            set,
            header,
            drafts: drafts.map(Path::to_path_buf),
            written: 0,
            shown: path.map_or_else(|| "-".to_owned(), |p| p.display().to_string()),
        };
        if format == SimpleFormat::Json {
            // The document with no sites ends in `"sites": []\n}`: write up
            // to the bracket, then each site.
            let empty = serde_json::to_string_pretty(&output.header)?;
            let opening = empty.strip_suffix("[]\n}").unwrap_or(&empty).to_owned();
            output.put(&opening)?;
        }
        Ok(output)
    }

    fn put(&mut self, text: &str) -> Result<(), Failure> {
        let lang = self.header.language;
        self.writer
            .write_all(text.as_bytes())
            .map_err(|e| Failure(say(&Message::Unwritable(&self.shown, e.to_string()), lang)))
    }

    /// Writes one site (the next in order) and its draft.
    pub(crate) fn site(&mut self, site: &SiteHints) -> Result<(), Failure> {
        let lang = self.header.language;
        match self.format {
            SimpleFormat::Json => {
                let json = serde_json::to_string_pretty(site)?;
                let mut text = String::from(if self.written == 0 { "[\n" } else { ",\n" });
                for (i, line) in json.lines().enumerate() {
                    if i > 0 {
                        text.push('\n');
                    }
                    text.push_str("    ");
                    text.push_str(line);
                }
                self.put(&text)?;
            }
            SimpleFormat::Human => {
                let text = human::site(site, self.set, lang);
                self.put(&text)?;
            }
        }
        self.written += 1;
        if let Some(dir) = &self.drafts {
            let assessment = hints::draft(
                site,
                self.header.criteria_set.clone(),
                self.header.checked_on,
                lang,
            );
            let mut text = serde_json::to_string_pretty(&assessment)?;
            text.push('\n');
            let path = dir.join(format!("{}.json", file_stem(site)));
            std::fs::write(&path, text).map_err(|e| {
                Failure(say(
                    &Message::Unwritable(&path.display().to_string(), e.to_string()),
                    lang,
                ))
            })?;
        }
        Ok(())
    }

    /// Closes the document.
    pub(crate) fn finish(mut self) -> Result<(), Failure> {
        let closing = match self.format {
            SimpleFormat::Json if self.written == 0 => "[]\n}\n".to_owned(),
            SimpleFormat::Json => "\n  ]\n}\n".to_owned(),
            SimpleFormat::Human => human::footer(self.header.language),
        };
        self.put(&closing)?;
        let lang = self.header.language;
        self.writer
            .flush()
            .map_err(|e| Failure(say(&Message::Unwritable(&self.shown, e.to_string()), lang)))
    }
}

/// The draft's file name: the register id, else the host (and port).
fn file_stem(site: &SiteHints) -> String {
    if let Some(body) = &site.body {
        return body.clone();
    }
    let raw = Url::parse(&site.url)
        .ok()
        .and_then(|u| {
            u.host_str().map(|h| {
                format!(
                    "{h}{}",
                    u.port().map(|p| format!("-{p}")).unwrap_or_default()
                )
            })
        })
        .unwrap_or_else(|| site.url.clone());
    raw.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
