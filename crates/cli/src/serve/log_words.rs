//! The lines `napcheck serve` writes to its operator's log (standard
//! error) while it runs, in `--lang` (a request's Accept-Language words
//! only the answer to that request).

use napcheck_core::Lang;
use std::fmt::Display;

/// A line of the operator's log.
pub(crate) enum Logged<'a> {
    /// A connection could not be accepted (out of file descriptors and the like).
    CannotAccept(&'a dyn Display),
    /// The check of a submission failed.
    CannotCheck(&'a dyn Display),
    /// `--collect-quota` is reached: a valid submission was refused.
    QuotaReached,
    /// A valid submission could not be written.
    CannotStore(&'a dyn Display),
}

/// The line in `lang`, after `napcheck: `.
pub(crate) fn text(lang: Lang, logged: &Logged<'_>) -> String {
    use Lang::{Az, En, Ru};
    use Logged::*;
    let line = match (logged, lang) {
        (CannotAccept(e), Az) => format!("bağlantı qəbul edilə bilmir: {e}"),
        (CannotAccept(e), En) => format!("cannot accept a connection: {e}"),
        (CannotAccept(e), Ru) => format!("не удаётся принять соединение: {e}"),
        (CannotCheck(e), Az) => format!("göndəriş yoxlanıla bilmir: {e}"),
        (CannotCheck(e), En) => format!("cannot check a submission: {e}"),
        (CannotCheck(e), Ru) => format!("не удаётся проверить отправку: {e}"),
        (QuotaReached, Az) => {
            "--collect-quota həddinə çatılıb: düzgün göndəriş rədd edildi".to_owned()
        }
        (QuotaReached, En) => {
            "the --collect-quota is reached: a valid submission was refused".to_owned()
        }
        (QuotaReached, Ru) => {
            "достигнут предел --collect-quota: корректная отправка отклонена".to_owned()
        }
        (CannotStore(e), Az) => format!("göndəriş saxlanıla bilmir: {e}"),
        (CannotStore(e), En) => format!("cannot store a submission: {e}"),
        (CannotStore(e), Ru) => format!("не удаётся сохранить отправку: {e}"),
    };
    format!("napcheck: {line}")
}
