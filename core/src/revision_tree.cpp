#include "intake/core/revision_tree.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace intake {

std::optional<RevisionId> RevisionId::parse(std::string_view text) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= text.size())
        return std::nullopt;
    int generation = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + dash, generation);
    if (ec != std::errc() || end != text.data() + dash || generation < 1)
        return std::nullopt;
    const auto hash = text.substr(dash + 1);
    if (hash.size() > 128)
        return std::nullopt;
    for (char c : hash) {
        const bool allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!allowed)
            return std::nullopt;
    }
    return RevisionId{generation, std::string(hash)};
}

std::string RevisionId::str() const {
    return std::to_string(generation) + "-" + hash;
}

RevisionTree::RevisionTree(std::vector<RevisionNode> nodes) {
    for (auto& node : nodes)
        nodes_.emplace(node.rev, std::move(node));
    recomputeLeaves();
}

bool RevisionTree::contains(std::string_view rev) const {
    return nodes_.find(rev) != nodes_.end();
}

const RevisionNode* RevisionTree::find(std::string_view rev) const {
    const auto it = nodes_.find(rev);
    return it == nodes_.end() ? nullptr : &it->second;
}

bool RevisionTree::isLeaf(std::string_view rev) const {
    const auto it = isLeaf_.find(rev);
    return it != isLeaf_.end() && it->second;
}

void RevisionTree::recomputeLeaves() {
    isLeaf_.clear();
    for (const auto& [rev, node] : nodes_)
        isLeaf_[rev] = true;
    for (const auto& [rev, node] : nodes_) {
        if (!node.parent.empty()) {
            const auto it = isLeaf_.find(node.parent);
            if (it != isLeaf_.end())
                it->second = false;
        }
    }
}

Result<void> RevisionTree::addChild(const std::string& parent, const std::string& rev, bool deleted) {
    const auto id = RevisionId::parse(rev);
    if (!id)
        return Error(VaultError::InvalidRevision, "malformed revision id");
    if (contains(rev))
        return Error(VaultError::InvalidRevision, "revision already exists");
    if (parent.empty()) {
        if (id->generation != 1)
            return Error(VaultError::InvalidRevision, "a root revision must be generation 1");
    } else {
        const auto* parentNode = find(parent);
        if (!parentNode)
            return Error(VaultError::InvalidRevision, "parent revision is unknown");
        if (id->generation != parentNode->generation + 1)
            return Error(VaultError::InvalidRevision, "generation does not follow the parent");
        isLeaf_[parent] = false;
    }
    nodes_.emplace(rev, RevisionNode{rev, id->generation, parent, deleted});
    isLeaf_[rev] = true;
    return {};
}

Result<bool> RevisionTree::insertHistory(std::span<const std::string> history, bool deleted) {
    if (history.empty())
        return Error(VaultError::InvalidRevision, "empty revision history");
    std::vector<RevisionId> ids;
    ids.reserve(history.size());
    std::set<std::string_view> seen;
    for (const auto& rev : history) {
        auto id = RevisionId::parse(rev);
        if (!id)
            return Error(VaultError::InvalidRevision, "malformed revision id in history");
        if (!ids.empty() && id->generation != ids.back().generation - 1)
            return Error(VaultError::InvalidRevision, "history generations are not consecutive");
        if (!seen.insert(rev).second)
            return Error(VaultError::InvalidRevision, "history repeats a revision");
        ids.push_back(std::move(*id));
    }
    // A known revision must sit at the same generation, or the history lies.
    for (std::size_t i = 0; i < history.size(); ++i) {
        const auto* known = find(history[i]);
        if (known && known->generation != ids[i].generation)
            return Error(VaultError::InvalidRevision, "history contradicts the stored tree");
        if (known && i + 1 < history.size() && !known->parent.empty() && known->parent != history[i + 1])
            return Error(VaultError::InvalidRevision, "history gives a known revision another parent");
    }

    const bool isNew = !contains(history.front());
    for (std::size_t i = 0; i < history.size(); ++i) {
        const std::string parent = i + 1 < history.size() ? history[i + 1] : std::string();
        auto it = nodes_.find(history[i]);
        if (it == nodes_.end()) {
            // Only the newest revision carries the deletion flag; ancestors
            // were live edits, as CouchDB assumes for stemmed history.
            nodes_.emplace(history[i], RevisionNode{history[i], ids[i].generation, parent, i == 0 && deleted});
        } else if (it->second.parent.empty() && !parent.empty()) {
            it->second.parent = parent;  // a stemmed node learns its parent
        }
    }
    recomputeLeaves();
    return isNew;
}

std::vector<const RevisionNode*> RevisionTree::leavesByPriority() const {
    std::vector<const RevisionNode*> leaves;
    for (const auto& [rev, node] : nodes_) {
        if (isLeaf(rev))
            leaves.push_back(&node);
    }
    std::sort(leaves.begin(), leaves.end(), [](const RevisionNode* a, const RevisionNode* b) {
        if (a->deleted != b->deleted)
            return !a->deleted;
        if (a->generation != b->generation)
            return a->generation > b->generation;
        return a->rev > b->rev;  // same generation: compares the hashes
    });
    return leaves;
}

const RevisionNode* RevisionTree::winner() const {
    const auto leaves = leavesByPriority();
    return leaves.empty() ? nullptr : leaves.front();
}

std::vector<std::string> RevisionTree::conflicts() const {
    std::vector<std::string> result;
    const auto leaves = leavesByPriority();
    for (std::size_t i = 1; i < leaves.size(); ++i) {
        if (!leaves[i]->deleted)
            result.push_back(leaves[i]->rev);
    }
    return result;
}

std::vector<std::string> RevisionTree::deletedConflicts() const {
    std::vector<std::string> result;
    const auto leaves = leavesByPriority();
    for (std::size_t i = 1; i < leaves.size(); ++i) {
        if (leaves[i]->deleted)
            result.push_back(leaves[i]->rev);
    }
    return result;
}

std::vector<std::string> RevisionTree::ancestry(std::string_view rev) const {
    std::vector<std::string> chain;
    const auto* node = find(rev);
    while (node) {
        chain.push_back(node->rev);
        node = node->parent.empty() ? nullptr : find(node->parent);
    }
    return chain;
}

std::vector<RevisionNode> RevisionTree::nodes() const {
    std::vector<RevisionNode> result;
    result.reserve(nodes_.size());
    for (const auto& [rev, node] : nodes_)
        result.push_back(node);
    std::sort(result.begin(), result.end(), [](const RevisionNode& a, const RevisionNode& b) {
        return a.generation != b.generation ? a.generation < b.generation : a.rev < b.rev;
    });
    return result;
}

}  // namespace intake
