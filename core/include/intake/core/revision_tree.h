#pragma once

#include "intake/core/result.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace intake {

// A CouchDB revision id, "<generation>-<hash>".
struct RevisionId {
    int generation = 0;
    std::string hash;

    static std::optional<RevisionId> parse(std::string_view text);
    std::string str() const;
};

// One node of a document's revision tree. Bodies are not held here: the tree
// is only the shape, which is all that replication and conflict logic need.
struct RevisionNode {
    std::string rev;
    int generation = 0;
    std::string parent;  // empty: a root, or the history above was stemmed away
    bool deleted = false;

    friend bool operator==(const RevisionNode&, const RevisionNode&) = default;
};

// The revision tree of one document, with CouchDB's rules for merging
// histories and choosing the winning revision.
class RevisionTree {
public:
    RevisionTree() = default;
    explicit RevisionTree(std::vector<RevisionNode> nodes);

    bool empty() const { return nodes_.empty(); }
    bool contains(std::string_view rev) const;
    const RevisionNode* find(std::string_view rev) const;
    bool isLeaf(std::string_view rev) const;

    // Adds `rev` as a child of `parent` (empty parent: a new root). Fails with
    // InvalidRevision if the generation does not follow the parent's.
    Result<void> addChild(const std::string& parent, const std::string& rev, bool deleted);

    // new_edits=false: merges a history given newest first (history[0] is the
    // revision itself). Known revisions are kept; missing links are filled in,
    // so the same set of histories gives the same tree in any order.
    // Returns true if history[0] was new.
    Result<bool> insertHistory(std::span<const std::string> history, bool deleted);

    // Leaves sorted by the winning rule, winner first: a live leaf beats a
    // deleted one, then the higher generation, then the greater hash.
    std::vector<const RevisionNode*> leavesByPriority() const;
    const RevisionNode* winner() const;
    // Live leaves that lost; a non-empty list means the document is in conflict.
    std::vector<std::string> conflicts() const;
    // Deleted leaves other than the winner.
    std::vector<std::string> deletedConflicts() const;
    // `rev`, its parent, and so on up to the oldest known ancestor.
    std::vector<std::string> ancestry(std::string_view rev) const;

    // All nodes ordered by (generation, rev): a canonical form for comparing trees.
    std::vector<RevisionNode> nodes() const;

private:
    void recomputeLeaves();

    std::map<std::string, RevisionNode, std::less<>> nodes_;
    std::map<std::string, bool, std::less<>> isLeaf_;
};

}  // namespace intake
