//! What the checking commands share: the catalogue (the bundled sets plus
//! `--criteria` files, each refused with located errors when invalid), and
//! the date that counts as today.

use crate::args::CheckOptions;
use crate::failure::Failure;
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
            .map_err(|e| Failure(format!("cannot read the criteria set {name}: {e}")))?;
        if let Err(errors) = catalogue.add_set_json(&text) {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    let at = e.position;
                    format!(
                        "  {name}:{}:{}: {} [{}] {}",
                        at.line,
                        at.column,
                        e.finding.severity(),
                        e.finding.code(),
                        e.finding.problem.message(lang)
                    )
                })
                .collect();
            return Err(Failure(format!(
                "the criteria set {name} is invalid:\n{}",
                lines.join("\n")
            )));
        }
    }
    Ok(Cow::Owned(catalogue))
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
