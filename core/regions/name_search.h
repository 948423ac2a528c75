#pragma once
// Ranking for the search box: what a person typing "H" expects first. Names that start with the
// text come first, then names with a word that starts with it ("Aa en Hunze"), then names that
// merely contain it. Case and diacritics are ignored ("fryslan" finds Fryslân).
#include <QString>

#include <optional>
#include <vector>

namespace regio {

enum class NameMatch { Prefix = 0, WordStart = 1, Contains = 2 };

// How `query` matches `name` (or the code, whose prefix counts as a prefix match); nullopt when
// it does not match at all. An empty query matches nothing.
std::optional<NameMatch> matchName(const QString& name, const QString& query, const QString& code = {});

struct SearchCandidate {
    QString name;
    QString code;  // CBS code or body id; may be empty
    int group = 0; // lower groups first within one kind of match (e.g. municipalities before bodies)
};

// Indices of the matching candidates, best first: by kind of match, then group, then name as an
// index sorts it (nameSortKey). At most `limit` results (all when limit <= 0).
std::vector<int> rankSearch(const std::vector<SearchCandidate>& candidates, const QString& query, int limit = 0);

} // namespace regio
