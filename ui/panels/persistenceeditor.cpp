#include "panels/persistenceeditor.h"

#include "document/analysisdocument.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace herkomst::ui {

namespace {

// Longer windows than a decade say little about a dependency today; saved files allow up to 50.
constexpr int kMostYears = 10;

} // namespace

PersistenceEditor::PersistenceEditor(AnalysisDocument *document, QWidget *parent)
    : QGroupBox(parent)
    , mDocument(document)
    , mEnabled(new QCheckBox(this))
    , mAtLeast(new QLabel(this))
    , mMinYears(new QSpinBox(this))
    , mOf(new QLabel(this))
    , mYears(new QSpinBox(this))
    , mYearsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("persistenceEditor"));
    mEnabled->setObjectName(QStringLiteral("persistenceEnabled"));
    mMinYears->setObjectName(QStringLiteral("persistenceMinYears"));
    mYears->setObjectName(QStringLiteral("persistenceYears"));
    mMinYears->setRange(1, kMostYears);
    mYears->setRange(2, kMostYears);
    mAtLeast->setBuddy(mMinYears);
    mOf->setBuddy(mYears);

    // Two short rows rather than one sentence, so the dock stays as narrow as its other groups.
    auto *rule = new QGridLayout;
    rule->addWidget(mAtLeast, 0, 0);
    rule->addWidget(mMinYears, 0, 1);
    rule->addWidget(mOf, 1, 0);
    rule->addWidget(mYears, 1, 1);
    rule->addWidget(mYearsLabel, 1, 2);
    rule->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mEnabled);
    layout->addLayout(rule);

    connect(mEnabled, &QCheckBox::toggled, this, &PersistenceEditor::edited);
    // A spin box's keyboard steps each become an undo step, as a threshold edit does.
    connect(mMinYears, &QSpinBox::valueChanged, this, &PersistenceEditor::edited);
    connect(mYears, &QSpinBox::valueChanged, this, &PersistenceEditor::edited);
    connect(mDocument, &AnalysisDocument::analysisChanged, this, &PersistenceEditor::sync);
    retranslate();
    sync();
}

void PersistenceEditor::sync()
{
    const Persistence rule = mDocument->state().persistence;
    const QSignalBlocker enabled(mEnabled), minYears(mMinYears), years(mYears);
    mEnabled->setChecked(rule.multiYear());
    mYears->setValue(rule.multiYear() ? rule.years : 3);
    mMinYears->setMaximum(mYears->value());
    mMinYears->setValue(rule.multiYear() ? rule.minYears : 2);
    for (QWidget *w : {static_cast<QWidget *>(mAtLeast), static_cast<QWidget *>(mMinYears), static_cast<QWidget *>(mOf),
                       static_cast<QWidget *>(mYears), static_cast<QWidget *>(mYearsLabel)})
        w->setEnabled(rule.multiYear());
}

void PersistenceEditor::edited()
{
    Persistence rule;
    if (mEnabled->isChecked()) {
        rule.years = mYears->value();
        rule.minYears = std::min(mMinYears->value(), rule.years);
    }
    if (rule != mDocument->state().persistence)
        mDocument->setPersistence(rule);
    else
        sync();
}

void PersistenceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PersistenceEditor::retranslate()
{
    setTitle(tr("Over meerdere jaren"));
    mEnabled->setText(tr("&Moet aanhouden"));
    mEnabled->setToolTip(
        tr("Een stap houdt een product alleen als de criteria tot en met die stap in hetzelfde jaar "
           "samen gelden, in ten minste het gekozen aantal van de laatste jaren (zoals CEPII GeoDep: "
           "2 van 3). Een jaar zonder invoer telt niet mee; een jaar buiten de gegevens is onbekend."));
    mAtLeast->setText(tr("Ten &minste"));
    mOf->setText(tr("&van de laatste"));
    mYearsLabel->setText(tr("jaar"));
    mMinYears->setAccessibleName(tr("Ten minste zoveel jaren"));
    mYears->setAccessibleName(tr("Van de laatste zoveel jaren"));
}

} // namespace herkomst::ui
