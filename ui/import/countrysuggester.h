#pragma once

#include <QString>
#include <QStringList>

namespace herkomst::ui {

// Countries a name that matched nothing probably means ("Korea, Republiek" -> KOR, "Duitsl." ->
// DEU): normalised Dutch and English names compared by word, prefix and edit distance.
class CountrySuggester {
public:
    struct Suggestion {
        QString iso3;
        int score = 0; // higher is closer; >= strongScore is safe to preselect
    };
    static constexpr int strongScore = 80;

    // The closest countries first, at most `count`.
    static std::vector<Suggestion> suggest(const QString &text, int count = 5);
    // Levenshtein distance, for normalised names.
    static int editDistance(const QString &a, const QString &b);
};

} // namespace herkomst::ui
