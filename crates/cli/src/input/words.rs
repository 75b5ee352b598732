//! The words `validate` and `report` say about inputs themselves (not
//! about their content), in az, en and ru: why an input cannot be read, the
//! labels "cannot read" and "at", and the refusal of a run that found no
//! input at all. The findings about content are the core's and the schema
//! messages'.

use napcheck_core::Lang;

fn pick(lang: Lang, az: String, en: String, ru: String) -> String {
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}

/// Why an input cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unreadable {
    /// Nothing at that path.
    NotFound,
    /// A directory named as a file.
    Directory,
    /// A FIFO, socket or device (never opened).
    NotRegular,
    /// A symbolic link to nothing.
    DanglingLink,
    /// A glob that matches no file.
    NoMatch,
    /// A glob that is not a valid pattern, with the parser's words (English).
    BadPattern(String),
    /// A loop of symbolic links back to this directory.
    Loop(String),
    /// What the operating system said (its own words).
    Os(String),
}

impl Unreadable {
    /// The reason from an IO error: the operating system's words without
    /// the path that a wrapped error (a directory walk's) repeats.
    pub(crate) fn from_io(error: &std::io::Error) -> Unreadable {
        if error.kind() == std::io::ErrorKind::NotFound {
            return Unreadable::NotFound;
        }
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
        while let Some(current) = source {
            if let Some(code) = current
                .downcast_ref::<std::io::Error>()
                .and_then(std::io::Error::raw_os_error)
            {
                return Unreadable::Os(std::io::Error::from_raw_os_error(code).to_string());
            }
            source = current
                .downcast_ref::<std::io::Error>()
                .and_then(|e| e.get_ref())
                .map(|inner| inner as &(dyn std::error::Error + 'static))
                .or_else(|| current.source());
        }
        Unreadable::Os(error.to_string())
    }

    /// The reason in `lang`.
    pub(crate) fn text(&self, lang: Lang) -> String {
        match self {
            Unreadable::NotFound => pick(
                lang,
                "belə fayl və ya qovluq yoxdur".into(),
                "no such file or directory".into(),
                "нет такого файла или каталога".into(),
            ),
            Unreadable::Directory => pick(
                lang,
                "bu fayl deyil, qovluqdur".into(),
                "a directory, not a file".into(),
                "это каталог, а не файл".into(),
            ),
            Unreadable::NotRegular => pick(
                lang,
                "adi fayl deyil (FIFO, soket və ya qurğu)".into(),
                "not a regular file (a FIFO, socket or device)".into(),
                "не обычный файл (FIFO, сокет или устройство)".into(),
            ),
            Unreadable::DanglingLink => pick(
                lang,
                "heç nəyə aparmayan simvolik keçid".into(),
                "a symbolic link to nothing".into(),
                "символическая ссылка в никуда".into(),
            ),
            Unreadable::NoMatch => pick(
                lang,
                "bu nümunəyə uyğun fayl yoxdur".into(),
                "no file matches this pattern".into(),
                "ни один файл не подходит под этот шаблон".into(),
            ),
            Unreadable::BadPattern(detail) => pick(
                lang,
                format!("nümunə düzgün deyil: {detail}"),
                format!("not a valid pattern: {detail}"),
                format!("неверный шаблон: {detail}"),
            ),
            Unreadable::Loop(ancestor) => pick(
                lang,
                format!("simvolik keçidlər {ancestor} qovluğuna qayıdan dövrə yaradır"),
                format!("a loop of symbolic links back to {ancestor}"),
                format!("петля символических ссылок обратно на {ancestor}"),
            ),
            Unreadable::Os(detail) => detail.clone(),
        }
    }
}

/// The label before the reason an input cannot be read.
pub(crate) fn cannot_read(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "oxunmur",
        Lang::En => "cannot read",
        Lang::Ru => "не читается",
    }
}

/// The word before a JSON pointer ("at /answers/0").
pub(crate) fn at(lang: Lang) -> &'static str {
    match lang {
        Lang::Az => "yer:",
        Lang::En => "at",
        Lang::Ru => "в",
    }
}

/// The refusal of a run whose paths named directories without one
/// assessment in them: a renamed or mistyped folder must not pass.
pub(crate) fn nothing_found(lang: Lang, searched: &[String], jsonl: bool) -> String {
    let places = searched.join(", ");
    let pattern = if jsonl { "*.json, *.jsonl" } else { "*.json" };
    pick(
        lang,
        format!("{places} altında heç bir qiymətləndirmə tapılmadı ({pattern} faylları axtarıldı, .gitignore nəzərə alınmaqla). Yolu yoxlayın; boş nəticə gözlənilirsə --allow-empty verin."),
        format!("no assessment found under {places} (searched for {pattern} files, honouring .gitignore). Check the path; pass --allow-empty if an empty set is expected."),
        format!("в {places} не найдено ни одной оценки (искались файлы {pattern} с учётом .gitignore). Проверьте путь; если пустой набор ожидаем, укажите --allow-empty."),
    )
}
