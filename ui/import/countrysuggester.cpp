#include "import/countrysuggester.h"

#include "countries/countryregistry.h"

#include <QSet>
#include <algorithm>
#include <vector>

namespace herkomst::ui {

namespace {

QString normalised(const QString &text)
{
    // Punctuation as word breaks: "Korea, Rep." and "Korea (Zuid-)" compare by their words.
    QString cleaned;
    for (const QChar c : text)
        cleaned += c.isLetterOrNumber() ? c : QLatin1Char(' ');
    return CountryRegistry::normalise(cleaned);
}

int nameScore(const QString &key, const QString &name)
{
    if (name.isEmpty())
        return 0;
    if (key == name)
        return 100;
    // "duitsl" for "duitsland", "verenigde staten" for "verenigde staten van amerika".
    if (key.size() >= 4 && (name.startsWith(key) || key.startsWith(name)))
        return 90;
    const int distance = CountrySuggester::editDistance(key, name);
    const int longest = int(std::max(key.size(), name.size()));
    int score = 0;
    if (distance <= std::max(1, longest / 5))
        score = 85 - distance;
    else if (distance <= longest / 2)
        score = 60 - 60 * distance / longest;
    // Shared words: "korea republiek" and "zuid korea" share "korea".
    const QStringList keyWords = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList nameWords = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QSet<QString> filler = {
        QStringLiteral("van"),       QStringLiteral("de"),       QStringLiteral("het"),     QStringLiteral("of"),
        QStringLiteral("the"),       QStringLiteral("and"),      QStringLiteral("en"),      QStringLiteral("rep"),
        QStringLiteral("republiek"), QStringLiteral("republic"), QStringLiteral("islands"), QStringLiteral("eilanden")};
    int shared = 0;
    for (const QString &w : keyWords) {
        if (w.size() >= 3 && !filler.contains(w) &&
            std::any_of(nameWords.begin(), nameWords.end(),
                        [&](const QString &n) { return n == w || (w.size() >= 5 && n.startsWith(w)); }))
            ++shared;
    }
    if (shared > 0)
        score = std::max(score, 55 + 10 * std::min(shared, 3));
    return score;
}

} // namespace

int CountrySuggester::editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

std::vector<CountrySuggester::Suggestion> CountrySuggester::suggest(const QString &text, int count)
{
    const QString key = normalised(text);
    std::vector<Suggestion> found;
    if (key.isEmpty())
        return found;
    for (const Country &country : CountryRegistry::instance().countries()) {
        if (country.kind != PartnerKind::Country)
            continue;
        int best = std::max(nameScore(key, normalised(country.nameNl)), nameScore(key, normalised(country.nameEn)));
        if (key.size() <= 3 && (key == country.iso3.toLower() || key == country.iso2.toLower()))
            best = 100;
        if (best >= 40)
            found.push_back({country.iso3, best});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
    if (int(found.size()) > count)
        found.resize(size_t(count));
    return found;
}

} // namespace herkomst::ui
