//! `llm-memory-graph`: inspect a small demonstration memory graph from the command line.

use memory_graph::{MemoryGraph, NodeKind, TableBuilder, VERSION};
use std::process::ExitCode;

const USAGE: &str = "\
Usage: llm-memory-graph [OPTIONS] <COMMAND>

Commands:
  stats           Print node and edge counts of the demonstration graph
  search <TEXT>   List the nodes whose content contains TEXT (case-insensitive)

Options:
  -h, --help      Print this help
  -V, --version   Print the version
";

enum Command {
    Help,
    Version,
    Stats,
    Search(String),
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    match args {
        [] => Err("a command is required".to_string()),
        [flag] if flag == "-h" || flag == "--help" => Ok(Command::Help),
        [flag] if flag == "-V" || flag == "--version" => Ok(Command::Version),
        [command] if command == "stats" => Ok(Command::Stats),
        [command, text] if command == "search" => Ok(Command::Search(text.clone())),
        [other, ..] => Err(format!("unexpected argument '{other}'")),
    }
}

fn demonstration_graph() -> MemoryGraph {
    let mut graph = MemoryGraph::new();
    let prompt = graph.add_node(NodeKind::Prompt, "How do I deploy the memory graph?");
    let response = graph.add_node(NodeKind::Response, "Run the checklist, then release.");
    let checklist = graph.add_node(NodeKind::Concept, "Production checklist");
    let release = graph.add_node(NodeKind::Concept, "Release build");
    let links = [
        (prompt, response, "answered-by"),
        (response, checklist, "mentions"),
        (response, release, "mentions"),
    ];
    for (from, to, label) in links {
        graph
            .link(from, to, label)
            .expect("demonstration nodes exist");
    }
    graph
}

fn stats_table(graph: &MemoryGraph) -> String {
    let stats = graph.stats();
    let counts = [
        ("prompts", stats.prompts),
        ("responses", stats.responses),
        ("concepts", stats.concepts),
        ("edges", stats.edges),
    ];
    counts
        .iter()
        .fold(
            TableBuilder::new(&["kind", "count"]),
            |table, (kind, count)| table.row(&[kind, &count.to_string()]),
        )
        .to_string()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_args(&args) {
        Ok(command) => command,
        Err(problem) => {
            eprintln!("error: {problem}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => print!("{USAGE}"),
        Command::Version => println!("llm-memory-graph {VERSION}"),
        Command::Stats => print!("{}", stats_table(&demonstration_graph())),
        Command::Search(text) => {
            for node in demonstration_graph().search(&text) {
                println!("{}\t{}\t{}", node.id, node.kind.as_str(), node.content);
            }
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|arg| arg.to_string()).collect()
    }

    #[test]
    fn flags_and_commands_are_recognised() {
        assert!(matches!(parse_args(&args(&["--help"])), Ok(Command::Help)));
        assert!(matches!(parse_args(&args(&["-V"])), Ok(Command::Version)));
        assert!(matches!(parse_args(&args(&["stats"])), Ok(Command::Stats)));
        assert!(matches!(
            parse_args(&args(&["search", "graph"])),
            Ok(Command::Search(text)) if text == "graph"
        ));
    }

    #[test]
    fn unknown_arguments_are_refused() {
        assert_eq!(
            parse_args(&args(&["--verbose"])).err(),
            Some("unexpected argument '--verbose'".to_string())
        );
        assert!(parse_args(&[]).is_err());
    }

    #[test]
    fn stats_table_counts_the_demonstration_graph() {
        let table = stats_table(&demonstration_graph());
        assert!(table.contains("concepts   2\n"), "{table}");
        assert!(table.contains("edges      3\n"), "{table}");
    }
}
