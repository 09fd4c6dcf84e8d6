#pragma once

#include "Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace StampDeck {

// The form for one stamp in the workspace editor: what it is (id, name, region, ring, tenancy),
// its hub, its linked DPS instances and its planned capacity. It edits a copy and says when it
// changed; the editor keeps the workspace. Widgets carry object names for tests.
class StampForm : public QWidget
{
    Q_OBJECT

public:
    enum DpsColumn { DpsHostColumn, DpsScopeColumn, DpsNameColumn, DpsRegionColumn, DpsColumnCount };

    explicit StampForm(QWidget *parent = nullptr);

    void setStamp(const Stamp &stamp);
    Stamp stamp() const;

    // The widget that edits a field of the stamp, by its path inside the stamp as validation names
    // it ("hub.units", "dps[1].idScope", "tenancy.tenants"); for a DPS field the table's cell is
    // made current as well. nullptr for a path the form does not know.
    QWidget *showField(const QString &path);

Q_SIGNALS:
    void changed();

private:
    void onTierChanged();
    void addDps();
    void removeDps();
    void browseCertificate();
    void emitChanged();

    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_region;
    QComboBox *m_ring;
    QComboBox *m_tenancy;
    QLineEdit *m_tenants;
    QLineEdit *m_hubHost;
    QLineEdit *m_hubName;
    QComboBox *m_tier;
    QSpinBox *m_units;
    QLabel *m_unitsLimit;
    QTableWidget *m_dps;
    QPushButton *m_addDps;
    QPushButton *m_removeDps;
    QSpinBox *m_capacity;
    QLineEdit *m_certificate;
    QPushButton *m_browse;
    bool m_loading = false; // setStamp() fills the widgets without reporting changes
};

} // namespace StampDeck
