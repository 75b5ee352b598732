//! What `napcheck serve` says as it starts, in az, en and ru (`--lang`):
//! why it cannot start (no built widget in `--dist`, a `--collect`
//! directory that cannot be resolved or used or that lies inside `--dist`,
//! the runtime, the address to listen on), and the lines that tell where it
//! serves. The operating system's own words are quoted as it says them; the
//! first line always carries the URL (the tests and scripts read it there).

use napcheck_core::Lang;
use std::fmt::Display;

/// A reason the server cannot start.
pub(crate) enum Startup<'a> {
    /// `--dist` has no `index.html`.
    NoWidget(&'a dyn Display),
    /// A path cannot be resolved to where it leads.
    CannotResolve(&'a dyn Display, &'a dyn Display),
    /// `--collect` lies inside `--dist`: (collect, dist).
    CollectInsideDist(&'a dyn Display, &'a dyn Display),
    /// `--collect` cannot be created, read or cleaned.
    CannotCollect(&'a dyn Display, &'a dyn Display),
    /// The asynchronous runtime cannot start.
    Runtime(&'a dyn Display),
    /// The address cannot be listened on (in use, not ours, no right).
    CannotListen(&'a dyn Display, &'a dyn Display),
    /// The address bound cannot be read back.
    BoundAddress(&'a dyn Display),
}

/// The refusal in `lang`.
pub(crate) fn text(lang: Lang, startup: &Startup<'_>) -> String {
    use Lang::{Az, En, Ru};
    use Startup::*;
    match (startup, lang) {
        (NoWidget(d), Az) => format!("{d} qovluğunda index.html yoxdur: əvvəlcə vidceti qurun (scripts/build-web) və ya --dist DIR verin"),
        (NoWidget(d), En) => format!("{d} has no index.html: build the widget first (scripts/build-web) or pass --dist DIR"),
        (NoWidget(d), Ru) => format!("в {d} нет index.html: сначала соберите виджет (scripts/build-web) или укажите --dist DIR"),
        (CannotResolve(p, e), Az) => format!("{p} yolunun hara apardığı müəyyən edilmir: {e}"),
        (CannotResolve(p, e), En) => format!("cannot resolve {p}: {e}"),
        (CannotResolve(p, e), Ru) => format!("не удаётся определить, куда ведёт {p}: {e}"),
        (CollectInsideDist(c, d), Az) => format!("--collect {c} --dist {d} qovluğunun içindədir: saxlanılan hər göndəriş hər kəsə veriləcək; ondan kənarda bir qovluq seçin"),
        (CollectInsideDist(c, d), En) => format!("--collect {c} is inside --dist {d}: every stored submission would be served to anyone; choose a directory outside it"),
        (CollectInsideDist(c, d), Ru) => format!("--collect {c} находится внутри --dist {d}: каждая сохранённая отправка была бы доступна всем; выберите каталог вне его"),
        (CannotCollect(p, e), Az) => format!("{p} göndərişləri toplamaq üçün istifadə edilə bilmir: {e}"),
        (CannotCollect(p, e), En) => format!("cannot use {p} to collect: {e}"),
        (CannotCollect(p, e), Ru) => format!("{p} нельзя использовать для сбора отправок: {e}"),
        (Runtime(e), Az) => format!("serverin icra mühiti başlamır: {e}"),
        (Runtime(e), En) => format!("cannot start the server's runtime: {e}"),
        (Runtime(e), Ru) => format!("не удаётся запустить среду выполнения сервера: {e}"),
        (CannotListen(a, e), Az) => format!("{a} ünvanında dinləmək mümkün deyil: {e}"),
        (CannotListen(a, e), En) => format!("cannot listen on {a}: {e}"),
        (CannotListen(a, e), Ru) => format!("не удаётся слушать {a}: {e}"),
        (BoundAddress(e), Az) => format!("bağlanmış ünvan oxunmur: {e}"),
        (BoundAddress(e), En) => format!("cannot read the bound address: {e}"),
        (BoundAddress(e), Ru) => format!("не удаётся прочитать занятый адрес: {e}"),
    }
}

/// A line of what the server prints once it listens.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Banner {
    /// The first line, before the URL.
    ServedAt,
    /// After the URL: how to stop.
    HowToStop,
    /// The label of the embed script's URL.
    Embed,
    /// The label of the demo page's URL.
    Demo,
    /// The label of the submissions' endpoint.
    Submissions,
    /// Said when there is no `--collect`.
    SubmissionsOff,
    /// The label of the reviewer page's URL.
    ReviewerPage,
}

/// The words of a banner line in `lang`; the labels of one language share
/// one width, so the URLs line up.
pub(crate) fn banner(lang: Lang, line: Banner) -> &'static str {
    let [az, en, ru] = match line {
        Banner::ServedAt => [
            "napcheck bu ünvanda işləyir:",
            "napcheck is served at",
            "napcheck работает по адресу",
        ],
        Banner::HowToStop => [
            "(dayandırmaq üçün Ctrl-C)",
            "(Ctrl-C to stop)",
            "(Ctrl-C — остановить)",
        ],
        Banner::Embed => [
            "yerləşdirmə skripti:",
            "embed script:   ",
            "скрипт встраивания: ",
        ],
        Banner::Demo => [
            "nümunə səhifə:      ",
            "demo host page: ",
            "демо-страница:      ",
        ],
        Banner::Submissions => [
            "göndərişlər:        ",
            "submissions:    ",
            "отправки:           ",
        ],
        Banner::SubmissionsOff => [
            "söndürülüb (--collect DIR ilə başladın)",
            "off (start with --collect DIR)",
            "выключены (запустите с --collect DIR)",
        ],
        Banner::ReviewerPage => [
            "rəyçi səhifəsi:     ",
            "reviewer page:  ",
            "страница рецензента:",
        ],
    };
    match lang {
        Lang::Az => az,
        Lang::En => en,
        Lang::Ru => ru,
    }
}
