//! `napcheck migrate FILE... --to SET[@VERSION]`: each assessment is read
//! and checked as `validate` checks it, moved to the target set by the
//! core's `crosswalk::migrate` (through a bundled or `--crosswalk`
//! crosswalk, or to a newer minor/patch version of the same set), checked
//! again on the new set, and written to standard output or `--out DIR`.
//! The answers that cannot move stay in the output's
//! `migration.not_migrated`; one summary line per file goes to standard
//! error in the `--lang` language.

use crate::args::MigrateArgs;
use crate::failure::Failure;
use crate::located::finding_line;
use napcheck_core::crosswalk::{self, Crosswalk, MigrateError};
use napcheck_core::{
    Catalogue, CriteriaSet, Day, Lang, NotMigratedReason, Problem, SetRef, Severity,
};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// Runs the command.
pub(crate) fn run(args: &MigrateArgs) -> Result<ExitCode, Failure> {
    let lang = Lang::from(args.check.lang);
    let catalogue = crate::setup::catalogue(&args.check)?;
    let today = crate::setup::today(&args.check)?;
    let (set, version) = target(&args.to, &catalogue, lang)?;
    let crosswalks = crate::crosswalk_files::load(&args.crosswalk, &catalogue, lang)?;
    if args.out.is_none() && args.files.len() > 1 {
        return Err(Failure(pick(
            lang,
            "birdən çox faylı köçürmək üçün --out DIR verin (standart çıxışa bir fayl sığır)",
            "give --out DIR to migrate more than one file (standard output holds one)",
            "чтобы перенести больше одного файла, укажите --out DIR (в стандартный вывод помещается один)",
        )
        .to_owned()));
    }
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure(io_failure(lang, &dir.display().to_string(), &e, Io::Create)))?;
    }
    let mut failed = 0;
    for file in &args.files {
        let text = read(file, lang)?;
        let job = Job {
            catalogue: &catalogue,
            crosswalks: &crosswalks,
            set,
            version: &version,
            today,
            lang,
        };
        match job.migrate(file, &text) {
            // File names and values quoted from the files: never escape
            // sequences on the terminal (as `validate` prints them).
            Ok((json, summary)) => {
                write(args.out.as_deref(), file, &json, lang)?;
                eprintln!("{}", crate::terminal::escape_lines(&summary));
            }
            Err(message) => {
                failed += 1;
                eprintln!("{}", crate::terminal::escape_lines(&message));
            }
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `SET[@VERSION]`, resolved in the catalogue.
fn target<'a>(
    text: &str,
    catalogue: &'a Catalogue,
    lang: Lang,
) -> Result<(&'a CriteriaSet, napcheck_core::Version), Failure> {
    let (id, version) = match text.split_once('@') {
        Some((id, version)) => (id, Some(version)),
        None => (text, None),
    };
    let set = catalogue.set(id).ok_or_else(|| {
        Failure(
            Problem::UnknownCriteriaSet {
                id: id.to_owned(),
                known: catalogue.sets().iter().map(|s| s.id.clone()).collect(),
            }
            .message(lang),
        )
    })?;
    let Some(version) = version else {
        return Ok((set, set.version.clone()));
    };
    let version = version.parse::<napcheck_core::Version>().map_err(|_| {
        Failure(format!(
            "`{version}` {}",
            pick(
                lang,
                "versiya deyil (məsələn, 1.0.0)",
                "is not a version (e.g. 1.0.0)",
                "— не версия (например, 1.0.0)",
            )
        ))
    })?;
    let reference = SetRef {
        id: id.to_owned(),
        version,
    };
    catalogue
        .resolve(&reference)
        .map_err(|problem| Failure(problem.message(lang)))?;
    Ok((set, reference.version))
}

/// What migrating one file needs.
struct Job<'a> {
    catalogue: &'a Catalogue,
    crosswalks: &'a [Crosswalk],
    set: &'a CriteriaSet,
    version: &'a napcheck_core::Version,
    today: Day,
    lang: Lang,
}

impl Job<'_> {
    /// The migrated JSON and the summary line, or why the file was not
    /// migrated (located findings, or the migration's refusal).
    fn migrate(&self, name: &str, text: &str) -> Result<(String, String), String> {
        let checked = napcheck_core::check_text(text, self.catalogue, self.today);
        let errors: Vec<String> = checked
            .findings
            .iter()
            .filter(|f| f.finding.severity() == Severity::Error)
            .map(|f| format!("  {}", finding_line(name, f, self.lang)))
            .collect();
        let assessment = match checked.assessment {
            Some(assessment) if errors.is_empty() => assessment,
            _ => {
                return Err(format!(
                    "{name}: {}\n{}",
                    not_migrated(self.lang),
                    errors.join("\n")
                ))
            }
        };
        let from = self
            .catalogue
            .resolve(&assessment.criteria_set)
            .map_err(|p| format!("{name}: {}", p.message(self.lang)))?;
        let crosswalk = self
            .crosswalks
            .iter()
            .find(|c| c.from.id == from.id && c.to.id == self.set.id);
        let migrated = crosswalk::migrate(&assessment, from, self.set, self.version, crosswalk)
            .map_err(|e: MigrateError| format!("{name}: {}", e.message(self.lang)))?;
        let json = serde_json::to_string_pretty(&migrated.assessment)
            .map_err(|e| format!("{name}: cannot write JSON: {e}"))?;
        // The output must pass `validate`: a finding here is napcheck's bug.
        let again = napcheck_core::check_text(&json, self.catalogue, self.today);
        if let Some(f) = again
            .findings
            .iter()
            .find(|f| f.finding.severity() == Severity::Error)
        {
            return Err(format!(
                "{name}: internal error: the migrated assessment is invalid: [{}] {}",
                f.finding.code(),
                f.finding.problem.message(Lang::En)
            ));
        }
        let all = &migrated
            .assessment
            .migration
            .as_ref()
            .map(|m| &m.not_migrated[..])
            .unwrap_or(&[]);
        let mut reasons: BTreeMap<&str, (NotMigratedReason, usize)> = BTreeMap::new();
        for kept in &all[all.len() - migrated.kept..] {
            reasons
                .entry(kept.reason.code())
                .or_insert((kept.reason, 0))
                .1 += 1;
        }
        let reasons: Vec<(NotMigratedReason, usize)> = reasons.into_values().collect();
        let to = format!("{}@{}", self.set.id, self.version);
        let summary = crosswalk::summary(self.lang, name, &to, migrated.moved, &reasons);
        Ok((json + "\n", summary))
    }
}

fn not_migrated(lang: Lang) -> &'static str {
    pick(
        lang,
        "qiymətləndirmədə xətalar var; köçürülmədi:",
        "the assessment has errors; not migrated:",
        "в оценке есть ошибки; не перенесена:",
    )
}

fn pick(lang: Lang, az: &'static str, en: &'static str, ru: &'static str) -> &'static str {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

fn read(file: &str, lang: Lang) -> Result<String, Failure> {
    if file == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure(io_failure(lang, "-", &e, Io::Read)))?;
        return Ok(text);
    }
    std::fs::read_to_string(file).map_err(|e| Failure(io_failure(lang, file, &e, Io::Read)))
}

/// What could not be done to a path.
#[derive(Clone, Copy)]
enum Io {
    Read,
    Create,
    Write,
}

/// `PATH: cannot read|create|write: reason`, in `lang` (the reason as
/// `validate` words it).
fn io_failure(lang: Lang, path: &str, error: &std::io::Error, what: Io) -> String {
    let verb = match what {
        Io::Read => crate::input::words::cannot_read(lang),
        Io::Create => pick(lang, "yaradılmır", "cannot create", "не создаётся"),
        Io::Write => pick(lang, "yazılmır", "cannot write", "не записывается"),
    };
    let reason = crate::input::words::Unreadable::from_io(error).text(lang);
    format!("{path}: {verb}: {reason}")
}

/// To standard output, or `DIR/<file name>` (never over the input).
fn write(out: Option<&Path>, file: &str, json: &str, lang: Lang) -> Result<(), Failure> {
    let Some(dir) = out else {
        std::io::stdout().lock().write_all(json.as_bytes())?;
        return Ok(());
    };
    let name = Path::new(file)
        .file_name()
        .map_or_else(|| "stdin.json".into(), |n| n.to_owned());
    let path = dir.join(name);
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if file != "-" && same(Path::new(file), &path) {
        return Err(Failure(format!(
            "{} {}",
            path.display(),
            pick(
                lang,
                "girişin üzərinə yazılardı; başqa --out qovluğu seçin",
                "would overwrite its input; choose another --out directory",
                "перезаписал бы входной файл; выберите другой каталог --out",
            )
        )));
    }
    std::fs::write(&path, json)
        .map_err(|e| Failure(io_failure(lang, &path.display().to_string(), &e, Io::Write)))
}
