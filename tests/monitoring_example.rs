//! The example dataset `examples/monitoring-2018` is generated: running its
//! extraction program again (Python 3 standard library) into a scratch
//! folder must give the committed files byte for byte, and no more.

use std::path::{Path, PathBuf};
use std::process::Command;

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for sub in ["local", "central"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(sub))
            .expect("dataset folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .map(|p| p.strip_prefix(dir).expect("inside").to_owned())
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

#[test]
fn regenerating_the_example_dataset_gives_the_committed_files() {
    let dataset = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/monitoring-2018");
    let scratch = std::env::temp_dir().join(format!("napcheck-monitoring-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let status = Command::new("python3")
        .arg(dataset.join("extract/extract.py"))
        .arg("--out")
        .arg(&scratch)
        .status()
        .expect("python3 runs");
    assert!(status.success(), "extract.py failed");
    let committed = json_files(&dataset);
    assert_eq!(committed.len(), 103, "one assessment per monitored body");
    assert_eq!(json_files(&scratch), committed, "the same file names");
    for file in &committed {
        let want = std::fs::read(dataset.join(file)).expect("committed file");
        let got = std::fs::read(scratch.join(file)).expect("regenerated file");
        assert!(
            want == got,
            "{} differs from its regenerated version",
            file.display()
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
