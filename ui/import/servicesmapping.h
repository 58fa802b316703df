#pragma once

#include "import/importwizard.h"
#include "store/servicesstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace herkomst::ui {

// How the wizard's pages word a services-by-partner table (ServicesImporter): its layout as a
// ColumnMapping (partner, year and value columns, or a column per year), the unit (mln euro
// unless the table says otherwise), and what the first rows or the whole file give, read by
// ServicesTableReader exactly as the import will read them.
class ServicesMapping {
    Q_DECLARE_TR_FUNCTIONS(ServicesMapping)

public:
    // The detected layout of the file, else an empty one (no header) in mln euro.
    static herkomst::ColumnMapping detect(const QString &path);
    // The roles a services table has, in the order the column choices list them.
    static std::vector<herkomst::ColumnRole> roles();
    static QString roleName(herkomst::ColumnRole role);
    static QStringList unitChoices();
    // A unit the user typed: euro only; empty is mln euro. False when not understood.
    static bool applyUnit(const QString &text, herkomst::ColumnMapping &mapping);

    // The preview's rows read as the import will read the file: the values, or nullopt with
    // *error (row and column as in the file).
    static std::optional<std::vector<herkomst::ServicesValue>> readPreview(const ImportWizard::FileMapping &file,
                                                                           int year, herkomst::io::SourceError *error);
    // The mapping page's status (HTML): the layout, what the preview rows give (or the first bad
    // cell with row and column), the unit, and that partners keep their printed names.
    static QString previewStatus(const ImportWizard::FileMapping &file, int year, const QString &unitText);
    // The confirmation (HTML): the file read in full with the mapping the import will use.
    static QString confirmation(const QString &path, const std::optional<herkomst::ColumnMapping> &mapping,
                                const QString &reporter, int year);
};

} // namespace herkomst::ui
