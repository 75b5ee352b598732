//! What the checking commands share: the catalogue (the bundled sets plus
//! `--criteria` files, each refused with located errors when invalid), and
//! the date that counts as today.

use crate::args::CheckOptions;
use crate::failure::Failure;
use crate::validate::format::words::severity;
use napcheck_core::{Catalogue, Day, Lang};
use std::borrow::Cow;

/// The catalogue to check against: the bundled one, plus custom sets.
pub(crate) fn catalogue(options: &CheckOptions) -> Result<Cow<'static, Catalogue>, Failure> {
    let bundled = Catalogue::bundled();
    if options.criteria.is_empty() {
        return Ok(Cow::Borrowed(bundled));
    }
    let lang = Lang::from(options.lang);
    let mut catalogue = bundled.clone();
    for path in &options.criteria {
        let name = path.display();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure(cannot_read_set(lang, &name.to_string(), &e)))?;
        if let Err(errors) = catalogue.add_set_json(&text) {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    let at = e.position;
                    format!(
                        "  {name}:{}:{}: {} [{}] {}",
                        at.line,
                        at.column,
                        severity(lang, e.finding.severity()),
                        e.finding.code(),
                        e.finding.problem.message(lang)
                    )
                })
                .collect();
            return Err(Failure(format!(
                "{}\n{}",
                set_invalid(lang, &name.to_string()),
                lines.join("\n")
            )));
        }
    }
    Ok(Cow::Owned(catalogue))
}

/// The refusal of a `--criteria` file that cannot be read.
fn cannot_read_set(lang: Lang, name: &str, error: &std::io::Error) -> String {
    match lang {
        Lang::Az => format!("{name} meyarlar toplusu oxunmur: {error}"),
        Lang::En => format!("cannot read the criteria set {name}: {error}"),
        Lang::Ru => format!("набор критериев {name} не читается: {error}"),
    }
}

/// The first line of the refusal of an invalid `--criteria` file; its
/// located findings follow.
fn set_invalid(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Az => format!("{name} meyarlar toplusu səhvdir:"),
        Lang::En => format!("the criteria set {name} is invalid:"),
        Lang::Ru => format!("набор критериев {name} неверен:"),
    }
}

/// `--today`, or the current date in UTC.
pub(crate) fn today(options: &CheckOptions) -> Result<Day, Failure> {
    match options.today {
        Some(day) => Ok(day),
        None => system_today(),
    }
}

/// The current date in UTC.
pub(crate) fn system_today() -> Result<Day, Failure> {
    let now = time::OffsetDateTime::now_utc().date();
    Day::from_ymd(now.year(), u8::from(now.month()), now.day())
        .ok_or_else(|| Failure("the system date is not a valid day".into()))
}
