#pragma once

#include "domain/persistence.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace herkomst::ui {

class AnalysisDocument;

// The dock's persistence rule (docs/design.md §1, "Several years"): off, or "in at least k of the
// last n years", for the whole funnel. Each change is one undo step in the document.
class PersistenceEditor : public QGroupBox {
    Q_OBJECT

public:
    explicit PersistenceEditor(AnalysisDocument *document, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void edited();
    void retranslate();

    AnalysisDocument *mDocument;
    QCheckBox *mEnabled;
    QLabel *mAtLeast;
    QSpinBox *mMinYears;
    QLabel *mOf;
    QSpinBox *mYears;
    QLabel *mYearsLabel;
};

} // namespace herkomst::ui
