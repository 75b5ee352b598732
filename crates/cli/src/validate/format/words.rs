//! The words of `validate`'s text formats in az, en and ru: the severity
//! labels (also of the invalid criteria sets and crosswalks the other
//! commands refuse), the summary line, what `--deny-warnings` adds to it,
//! and the refusal of a code it cannot deny. Codes, paths and GitHub's
//! workflow command names are not words and stay as they are.

use napcheck_cli::check::outcome::{Deny, Summary};
use napcheck_core::{Lang, Severity};

/// A finding's severity as the reader sees it.
pub(crate) fn severity(lang: Lang, severity: Severity) -> &'static str {
    match (severity, lang) {
        (Severity::Error, Lang::Az) => "xəta",
        (Severity::Error, Lang::En) => "error",
        (Severity::Error, Lang::Ru) => "ошибка",
        (Severity::Warning, Lang::Az) => "xəbərdarlıq",
        (Severity::Warning, Lang::En) => "warning",
        (Severity::Warning, Lang::Ru) => "предупреждение",
    }
}

/// What is denied besides errors, said after the summary: `None` when
/// warnings are allowed.
pub(crate) fn denied(lang: Lang, deny: &Deny) -> Option<String> {
    match (deny, lang) {
        (Deny::Errors, _) => None,
        (Deny::AllWarnings, Lang::Az) => Some("xəbərdarlıqlar da rədd edilir".to_owned()),
        (Deny::AllWarnings, Lang::En) => Some("warnings denied".to_owned()),
        (Deny::AllWarnings, Lang::Ru) => Some("предупреждения не допускаются".to_owned()),
        (Deny::Codes(codes), lang) => {
            let codes = codes.join(", ");
            Some(match lang {
                Lang::Az => format!("bu xəbərdarlıqlar rədd edilir: {codes}"),
                Lang::En => format!("warnings denied: {codes}"),
                Lang::Ru => format!("не допускаются предупреждения: {codes}"),
            })
        }
    }
}

/// The summary sentence shared by the text formats. Russian names each
/// count after its noun ("замечаний: 7"), so no noun needs a plural form.
pub(crate) fn summary_line(lang: Lang, summary: &Summary) -> String {
    let (files, valid, invalid) = (summary.files, summary.valid, summary.invalid);
    let (findings, unreadable) = (summary.findings, summary.unreadable);
    let mut line = match lang {
        Lang::Az => format!(
            "{files} fayl yoxlanıldı: {valid} düzgün, {invalid} yanlış, {findings} qeyd"
        ),
        Lang::En => format!(
            "{files} file{} checked: {valid} valid, {invalid} invalid, {findings} finding{}",
            plural(files),
            plural(findings),
        ),
        Lang::Ru => format!(
            "проверено файлов: {files}; корректных: {valid}, некорректных: {invalid}, замечаний: {findings}"
        ),
    };
    if unreadable > 0 {
        line.push_str(&match lang {
            Lang::Az => format!(", {unreadable} oxunmur"),
            Lang::En => format!(", {unreadable} unreadable"),
            Lang::Ru => format!(", нечитаемых: {unreadable}"),
        });
    }
    line
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The refusal of `--deny-warnings=CODE` for a code that is no warning.
pub(crate) fn not_a_warning_code(lang: Lang, code: &str, warnings: &[&str]) -> String {
    let warnings = warnings.join(", ");
    match lang {
        Lang::Az => format!("--deny-warnings: `{code}` xəbərdarlıq kodu deyil; xəbərdarlıq kodları bunlardır: {warnings} (xətalar faylı həmişə yanlış edir)"),
        Lang::En => format!("--deny-warnings: `{code}` is not a warning code; the warning codes are {warnings} (errors always make a file invalid)"),
        Lang::Ru => format!("--deny-warnings: `{code}` не код предупреждения; коды предупреждений: {warnings} (ошибки всегда делают файл некорректным)"),
    }
}
