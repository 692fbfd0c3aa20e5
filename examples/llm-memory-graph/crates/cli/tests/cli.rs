//! Runs the built `llm-memory-graph` binary as a user would.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_llm-memory-graph"))
        .args(args)
        .output()
        .expect("the binary starts")
}

#[test]
fn version_names_the_program_and_its_version() {
    let output = run(&["--version"]);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("llm-memory-graph {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn help_lists_the_commands() {
    let output = run(&["--help"]);
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.starts_with("Usage: llm-memory-graph"));
    assert!(help.contains("search <TEXT>"));
}

#[test]
fn search_prints_matching_nodes() {
    let output = run(&["search", "checklist"]);
    assert!(output.status.success());
    let lines: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(
        lines,
        vec![
            "#2\tresponse\tRun the checklist, then release.",
            "#3\tconcept\tProduction checklist"
        ]
    );
}

#[test]
fn a_bad_argument_exits_2_with_usage_on_stderr() {
    let output = run(&["--frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unexpected argument '--frobnicate'"));
}
