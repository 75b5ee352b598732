//! The probe command's own messages (failures before any site is probed),
//! in az, en and ru.

use napcheck_core::Lang;

/// A message of `napcheck probe`.
pub(crate) enum Message<'a> {
    /// Nothing to probe.
    NoSites,
    /// `--criteria` names no bundled set.
    UnknownSet(&'a str),
    /// A file of URLs could not be read.
    Unreadable(&'a str, String),
    /// The output could not be written.
    Unwritable(&'a str, String),
    /// The HTTP client could not start.
    Client(String),
}

/// `message` in `lang`.
pub(crate) fn say(message: &Message<'_>, lang: Lang) -> String {
    match (message, lang) {
        (Message::NoSites, Lang::Az) => {
            "yoxlanılacaq sayt yoxdur: URL, --urls-from FAYL və ya --register verin".into()
        }
        (Message::NoSites, Lang::En) => {
            "nothing to probe: give URLs, --urls-from FILE or --register".into()
        }
        (Message::NoSites, Lang::Ru) => {
            "нечего проверять: укажите URL, --urls-from ФАЙЛ или --register".into()
        }
        (Message::UnknownSet(id), Lang::Az) => {
            format!("`{id}` adlı meyarlar toplusu yoxdur (napcheck criteria list)")
        }
        (Message::UnknownSet(id), Lang::En) => {
            format!("no criteria set `{id}` (napcheck criteria list)")
        }
        (Message::UnknownSet(id), Lang::Ru) => {
            format!("набора критериев `{id}` нет (napcheck criteria list)")
        }
        (Message::Unreadable(path, e), Lang::Az) => format!("{path} oxunmadı: {e}"),
        (Message::Unreadable(path, e), Lang::En) => format!("cannot read {path}: {e}"),
        (Message::Unreadable(path, e), Lang::Ru) => format!("не удалось прочитать {path}: {e}"),
        (Message::Unwritable(path, e), Lang::Az) => format!("{path} yazılmadı: {e}"),
        (Message::Unwritable(path, e), Lang::En) => format!("cannot write {path}: {e}"),
        (Message::Unwritable(path, e), Lang::Ru) => format!("не удалось записать {path}: {e}"),
        (Message::Client(e), Lang::Az) => format!("HTTP müştərisi başlamadı: {e}"),
        (Message::Client(e), Lang::En) => format!("the HTTP client could not start: {e}"),
        (Message::Client(e), Lang::Ru) => format!("HTTP-клиент не запустился: {e}"),
    }
}
