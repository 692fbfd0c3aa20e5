use std::collections::{HashMap, VecDeque};
use std::fmt;

/// Identifies a node; ids are handed out in insertion order, starting at 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u64);

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Prompt,
    Response,
    Concept,
}

impl NodeKind {
    pub fn parse(text: &str) -> Option<NodeKind> {
        match text.to_ascii_lowercase().as_str() {
            "prompt" => Some(NodeKind::Prompt),
            "response" => Some(NodeKind::Response),
            "concept" => Some(NodeKind::Concept),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Prompt => "prompt",
            NodeKind::Response => "response",
            NodeKind::Concept => "concept",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: NodeId,
    pub kind: NodeKind,
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub from: NodeId,
    pub to: NodeId,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GraphError {
    UnknownNode(NodeId),
    SelfLoop(NodeId),
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GraphError::UnknownNode(id) => write!(f, "unknown node {id}"),
            GraphError::SelfLoop(id) => write!(f, "node {id} cannot link to itself"),
        }
    }
}

impl std::error::Error for GraphError {}

/// Counts per node kind and of edges.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub prompts: usize,
    pub responses: usize,
    pub concepts: usize,
    pub edges: usize,
}

impl Stats {
    pub fn nodes(&self) -> usize {
        self.prompts + self.responses + self.concepts
    }
}

/// A directed graph kept in memory. Lookups by id are O(1); edges are kept per source node.
#[derive(Debug, Default)]
pub struct MemoryGraph {
    nodes: HashMap<NodeId, Node>,
    outgoing: HashMap<NodeId, Vec<Edge>>,
    next_id: u64,
}

impl MemoryGraph {
    pub fn new() -> MemoryGraph {
        MemoryGraph::default()
    }

    pub fn add_node(&mut self, kind: NodeKind, content: &str) -> NodeId {
        self.next_id += 1;
        let id = NodeId(self.next_id);
        let node = Node {
            id,
            kind,
            content: content.to_string(),
        };
        self.nodes.insert(id, node);
        id
    }

    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(&id)
    }

    pub fn link(&mut self, from: NodeId, to: NodeId, label: &str) -> Result<(), GraphError> {
        if from == to {
            return Err(GraphError::SelfLoop(from));
        }
        for id in [from, to] {
            if !self.nodes.contains_key(&id) {
                return Err(GraphError::UnknownNode(id));
            }
        }
        let edge = Edge {
            from,
            to,
            label: label.to_string(),
        };
        self.outgoing.entry(from).or_default().push(edge);
        Ok(())
    }

    /// Nodes reachable over one edge from `id`, in the order the edges were added.
    pub fn neighbours(&self, id: NodeId) -> Vec<NodeId> {
        self.outgoing
            .get(&id)
            .map(|edges| edges.iter().map(|edge| edge.to).collect())
            .unwrap_or_default()
    }

    /// Nodes whose content contains `needle`, ignoring case, sorted by id.
    pub fn search(&self, needle: &str) -> Vec<&Node> {
        let needle = needle.to_lowercase();
        let mut found: Vec<&Node> = self
            .nodes
            .values()
            .filter(|node| node.content.to_lowercase().contains(&needle))
            .collect();
        found.sort_by_key(|node| node.id);
        found
    }

    /// The shortest path (fewest edges) from `from` to `to`, both ends included.
    pub fn shortest_path(&self, from: NodeId, to: NodeId) -> Option<Vec<NodeId>> {
        if !self.nodes.contains_key(&from) || !self.nodes.contains_key(&to) {
            return None;
        }
        let mut previous: HashMap<NodeId, NodeId> = HashMap::new();
        let mut queue = VecDeque::from([from]);
        while let Some(current) = queue.pop_front() {
            if current == to {
                return Some(walk_back(&previous, from, to));
            }
            for next in self.neighbours(current) {
                if next != from && !previous.contains_key(&next) {
                    previous.insert(next, current);
                    queue.push_back(next);
                }
            }
        }
        None
    }

    pub fn stats(&self) -> Stats {
        let mut stats = Stats {
            edges: self.outgoing.values().map(Vec::len).sum(),
            ..Stats::default()
        };
        for node in self.nodes.values() {
            match node.kind {
                NodeKind::Prompt => stats.prompts += 1,
                NodeKind::Response => stats.responses += 1,
                NodeKind::Concept => stats.concepts += 1,
            }
        }
        stats
    }
}

fn walk_back(previous: &HashMap<NodeId, NodeId>, from: NodeId, to: NodeId) -> Vec<NodeId> {
    let mut path = vec![to];
    let mut current = to;
    while current != from {
        current = previous[&current];
        path.push(current);
    }
    path.reverse();
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conversation() -> (MemoryGraph, NodeId, NodeId, NodeId) {
        let mut graph = MemoryGraph::new();
        let prompt = graph.add_node(NodeKind::Prompt, "What is a graph?");
        let response = graph.add_node(NodeKind::Response, "Nodes joined by edges.");
        let concept = graph.add_node(NodeKind::Concept, "Graph");
        graph.link(prompt, response, "answered-by").unwrap();
        graph.link(response, concept, "mentions").unwrap();
        (graph, prompt, response, concept)
    }

    #[test]
    fn ids_are_handed_out_in_order() {
        let (_, prompt, response, concept) = conversation();
        assert_eq!(
            [prompt, response, concept],
            [NodeId(1), NodeId(2), NodeId(3)]
        );
    }

    #[test]
    fn link_rejects_unknown_nodes_and_self_loops() {
        let (mut graph, prompt, _, _) = conversation();
        assert_eq!(
            graph.link(prompt, NodeId(99), "x"),
            Err(GraphError::UnknownNode(NodeId(99)))
        );
        assert_eq!(
            graph.link(prompt, prompt, "x"),
            Err(GraphError::SelfLoop(prompt))
        );
    }

    #[test]
    fn search_ignores_case() {
        let (graph, prompt, _, concept) = conversation();
        let ids: Vec<NodeId> = graph.search("GRAPH").iter().map(|n| n.id).collect();
        assert_eq!(ids, vec![prompt, concept]);
    }

    #[test]
    fn shortest_path_follows_edges_forward_only() {
        let (graph, prompt, response, concept) = conversation();
        assert_eq!(
            graph.shortest_path(prompt, concept),
            Some(vec![prompt, response, concept])
        );
        assert_eq!(graph.shortest_path(concept, prompt), None);
    }

    #[test]
    fn stats_count_kinds_and_edges() {
        let (graph, ..) = conversation();
        let stats = graph.stats();
        assert_eq!((stats.prompts, stats.responses, stats.concepts), (1, 1, 1));
        assert_eq!((stats.nodes(), stats.edges), (3, 2));
    }

    #[test]
    fn node_kinds_round_trip_through_text() {
        for kind in [NodeKind::Prompt, NodeKind::Response, NodeKind::Concept] {
            assert_eq!(NodeKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(NodeKind::parse("Concept"), Some(NodeKind::Concept));
        assert_eq!(NodeKind::parse("edge"), None);
    }
}
