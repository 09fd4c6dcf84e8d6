#pragma once

#include <QCoreApplication>
#include <QString>

namespace StampDeck {

class FleetStatusModel;

// The board's figures as CSV for spreadsheets and scripts: a header row, then one row per stamp
// in workspace order. RFC 4180 (CRLF, quotes where needed), numbers unformatted, times in ISO
// 8601 UTC, unknown figures as empty cells.
class FleetCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(FleetCsvExport)

public:
    static QStringList header();
    static QString toCsv(const FleetStatusModel &model);
    // Written whole or not at all (QSaveFile); false with a user-facing message on failure.
    static bool write(const FleetStatusModel &model, const QString &path, QString *error);

    // One RFC 4180 field: quoted when it holds a comma, a quote or a line break.
    static QString field(const QString &value);
};

} // namespace StampDeck
