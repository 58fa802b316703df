#include "export/analysiscaption.h"

#include "analysis/analysiswarnings.h"

#include "countries/countryregistry.h"
#include "domain/industryname.h"
#include "domain/numberformat.h"

#include <QCoreApplication>
#include <cmath>

namespace herkomst {

namespace {

// Context "ChartCaption": the captions the charts and the annex share.
class CaptionText {
    Q_DECLARE_TR_FUNCTIONS(ChartCaption)
};

bool sameRule(const Criterion &a, const Criterion &b)
{
    return a.stepKey == b.stepKey && a.metric == b.metric && a.comparison == b.comparison &&
           std::abs(a.threshold - b.threshold) < 1e-9 && a.enabled == b.enabled;
}

QString reporterName(const StatisticsTable &table)
{
    return CountryRegistry::instance().name(table.data->reporter, NumberFormat::language());
}

} // namespace

const Preset *matchingPreset(const std::vector<Criterion> &criteria)
{
    for (const Preset &preset : builtInPresets()) {
        if (preset.criteria.size() != criteria.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < criteria.size() && same; ++i)
            same = sameRule(preset.criteria[i], criteria[i]);
        if (same)
            return &preset;
    }
    return nullptr;
}

QString criteriaSetName(const std::vector<Criterion> &criteria)
{
    const Preset *preset = matchingPreset(criteria);
    return preset ? preset->displayName() : CaptionText::tr("eigen instelling");
}

QString criteriaSummary(const AnalysisSettings &settings)
{
    QStringList rules;
    for (const Criterion &c : settings.criteria) {
        if (c.enabled)
            rules << c.ruleText();
    }
    // A rule over several years holds for the whole funnel: said once, after the criteria.
    return rules.isEmpty() ? QString() : rules.join(QStringLiteral("; ")) + settings.persistence.ruleSuffix();
}

QString criteriaDescription(const AnalysisSettings &settings)
{
    const QString rules = criteriaSummary(settings);
    if (rules.isEmpty())
        return CaptionText::tr("Geen criteria (eigen instelling): alle ingevoerde producten");
    const Preset *preset = matchingPreset(settings.criteria);
    if (preset && preset->persistence == settings.persistence)
        return CaptionText::tr("Criteria %1: %2").arg(preset->displayName(), rules);
    return CaptionText::tr("Criteria (eigen instelling): %1").arg(rules);
}

QString defaultSourceLine(const QString &dataSource)
{
    const QString source = dataSource.toLower();
    if (source == QLatin1String("baci"))
        return CaptionText::tr("Bron: CEPII BACI, bewerking BZ");
    if (source == QLatin1String("comext"))
        return CaptionText::tr("Bron: Eurostat Comext, bewerking BZ");
    if (source == QLatin1String("comtrade"))
        return CaptionText::tr("Bron: UN Comtrade, bewerking BZ");
    if (source == QLatin1String("demo"))
        return CaptionText::tr("Bron: synthetische demodata, gegenereerd door Herkomst (geen echte cijfers)");
    return CaptionText::tr("Bron: CBS, figuur BZ");
}

QStringList warningSentences(const StatisticsTable &table, const AnalysisSettings &settings)
{
    QStringList sentences;
    if (!table.data)
        return sentences;
    for (const AnalysisWarning &warning : analysisWarnings(table, settings)) {
        QString sentence = warning.message;
        if (sentence.endsWith(QLatin1Char('.')))
            sentence.chop(1);
        sentences << sentence;
    }
    return sentences;
}

QString effectiveSourceLine(const StatisticsTable &table, const QString &sourceLine)
{
    const QString source = sourceLine.trimmed();
    const bool synthetic = table.data && table.data->synthetic;
    if (synthetic && (source.isEmpty() || source == defaultSourceLine()))
        return defaultSourceLine(QStringLiteral("demo"));
    if (source.isEmpty())
        return defaultSourceLine(table.data ? table.data->source : QString());
    return source;
}

QString defaultCaption(const StatisticsTable &table, const AnalysisSettings &settings, const QString &sourceLine)
{
    QStringList parts;
    const bool synthetic = table.data && table.data->synthetic;
    const QString source = effectiveSourceLine(table, sourceLine);
    parts << source;
    if (table.data)
        parts << CaptionText::tr("Invoer %1, %2 (HS6)").arg(reporterName(table)).arg(table.data->year);
    parts << criteriaDescription(settings);
    if (table.euComposition != EuComposition::Eu27_2020)
        parts << CaptionText::tr("EU gerekend als %1").arg(euCompositionName(table.euComposition));
    if (!settings.industries.isEmpty())
        parts << CaptionText::tr("Bedrijfstakken: %1").arg(industryNames(settings.industries));
    if (synthetic && !source.contains(CaptionText::tr("synthetische demodata")))
        parts << CaptionText::tr("Let op: synthetische demodata, geen echte cijfers");
    for (const QString &warning : warningSentences(table, settings))
        parts << CaptionText::tr("Let op: %1").arg(warning);
    QString caption = parts.join(QStringLiteral(". "));
    if (!caption.endsWith(QLatin1Char('.')))
        caption += QLatin1Char('.');
    return caption;
}

QString finalSetName(const AnalysisResult &result)
{
    if (result.steps.size() <= 1)
        return CaptionText::tr("Ingevoerde producten");
    const FunnelStep &last = result.steps.back();
    if (last.key == QLatin1String("concentrated"))
        return CaptionText::tr("Geconcentreerde producten");
    return CaptionText::tr("Producten na stap %1 (%2)").arg(result.finalStage()).arg(last.label);
}

QString emptyResultText(const AnalysisResult &result)
{
    if (result.finalCount() > 0)
        return {};
    if (result.steps.size() <= 1 || result.steps.front().kept == 0)
        return CaptionText::tr("Geen ingevoerde producten bij deze selectie.");
    return CaptionText::tr("Geen producten na stap %1 bij deze drempels.").arg(result.finalStage());
}

QStringList analysisNotes(const StatisticsTable &table, const AnalysisSettings &settings)
{
    QStringList notes;
    if (table.data) {
        notes << CaptionText::tr("Gegevens: %1; invoer van %2 in %3.")
                     .arg(table.data->dataSetName, reporterName(table))
                     .arg(table.data->year);
    }
    notes << criteriaDescription(settings) + QLatin1Char('.');
    if (table.euComposition != EuComposition::Eu27_2020)
        notes << CaptionText::tr("EU gerekend als %1.").arg(euCompositionName(table.euComposition));
    if (!settings.industries.isEmpty())
        notes << CaptionText::tr("Bedrijfstakken: %1.").arg(industryNames(settings.industries));
    notes << CaptionText::tr("Ontbrekende (geheime of onbekende) waarden zijn leeg gelaten, niet als nul geteld.");
    for (const QString &warning : warningSentences(table, settings))
        notes << CaptionText::tr("Let op: %1.").arg(warning);
    if (table.data && table.data->synthetic)
        notes << CaptionText::tr("LET OP: synthetische demodata, geen echte cijfers.");
    return notes;
}

} // namespace herkomst
