#include "import/formatlayout.h"

#include "import/flowformat.h"
#include "import/importtext.h"

namespace herkomst {

FormatLayout flowFormatLayout(const FlowFormat &format, const std::vector<QString> &extra)
{
    FormatLayout layout;
    layout.currency = format.currency();
    layout.unitNote = format.unitNote();
    for (const FlowFormat::Column &column : format.columns()) {
        QString meaning;
        switch (column.role) {
        case FlowFormat::ReporterRole:
            meaning = ImportText::tr("rapporterend land");
            break;
        case FlowFormat::PartnerRole:
            meaning = ImportText::tr("partnerland");
            break;
        case FlowFormat::ProductRole:
            meaning = ImportText::tr("goederencode (opgeteld tot HS6)");
            break;
        case FlowFormat::FlowRole:
            meaning = ImportText::tr("stroom: invoer of uitvoer");
            break;
        case FlowFormat::PeriodRole:
            meaning = ImportText::tr("periode (maanden opgeteld tot jaren)");
            break;
        case FlowFormat::ValueRole:
            meaning = ImportText::tr("waarde (%1)").arg(format.unitNote());
            break;
        default: {
            const size_t index = size_t(column.role - FlowFormat::FirstExtraRole);
            meaning = index < extra.size() ? extra[index] : QString();
        }
        }
        layout.columns.push_back({column.name, meaning, column.required, column.synonyms});
    }
    return layout;
}

} // namespace herkomst
