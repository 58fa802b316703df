#pragma once

// What the import wizard's suites share: writing a fixture, choosing in a combo as a user does,
// opening the wizard on a store and running it from the column page to the summary.
#include "document/analysisdocument.h"
#include "import/importwizard.h"
#include "support/documentwait.h"

#include "import/importer.h"

#include <QComboBox>
#include <QFile>
#include <QTest>

namespace wizardtesting {

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

inline int importerIndex(const herkomst::ui::ImportWizard *wizard, const QString &key)
{
    const auto &importers = wizard->importers();
    for (size_t i = 0; i < importers.size(); ++i) {
        if (importers[i]->key() == key)
            return int(i);
    }
    return -1;
}

inline void chooseInCombo(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// A wizard on the document that writes to storePath, shown, with the files on its first page.
inline herkomst::ui::ImportWizard *openWizard(herkomst::ui::AnalysisDocument *document, const QString &storePath,
                                              const QStringList &files)
{
    auto *wizard = new herkomst::ui::ImportWizard(document);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setStorePath(storePath);
    wizard->setFiles(files);
    wizard->show();
    return wizard;
}

// From the column page on: Volgende, wait for the import, resolve nothing, reach the summary.
inline bool runToSummary(herkomst::ui::ImportWizard *wizard, herkomst::ui::AnalysisDocument &document)
{
    using herkomst::ui::ImportWizard;
    wizard->next(); // the confirmation: nothing is read or stored yet
    if (wizard->currentId() != ImportWizard::ConfirmPageId)
        return false;
    wizard->next(); // Importeren
    // The summary shows the imported data set, which the document loads in the background.
    return QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::SummaryPageId; }, 30000) &&
           waitUntilLoaded(document);
}

} // namespace wizardtesting
