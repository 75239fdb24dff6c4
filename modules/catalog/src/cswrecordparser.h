// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estran/base/result.h"
#include "estran/catalog/item.h"

#include <QList>

#include <optional>

namespace Estran::Catalog {

namespace Xml {
struct Element;
}

/// One parsed csw:GetRecordsResponse.
struct CswRecordsPage {
    QList<Item> items;
    std::optional<qint64> matched;  ///< numberOfRecordsMatched
    qint64 returned = 0;            ///< numberOfRecordsReturned (or the records counted)
    qint64 nextRecord = -1;         ///< 0 when the server says there is no more, -1 when unsaid
};

/// Reads a GetRecordsResponse holding Dublin Core records (csw:Record, SummaryRecord,
/// BriefRecord) or ISO metadata (gmd:MD_Metadata, gmi:MI_Metadata, profiles such as
/// che:CHE_MD_Metadata, ISO 19115-3 mdb:MD_Metadata). An ows:ExceptionReport becomes an error
/// naming `where` with the server's exception text.
[[nodiscard]] Base::Result<CswRecordsPage> parseCswRecords(const Xml::Element& root,
                                                           const QString& where);

/// One Dublin Core record.
Item parseCswDublinCore(const Xml::Element& record);
/// One ISO 19139 / 19115-3 record.
Item parseIsoMetadata(const Xml::Element& record);

/// The error for an ows:ExceptionReport (exception codes, locators and texts as detail).
Base::Error cswExceptionError(const Xml::Element& report, const QString& where);

}  // namespace Estran::Catalog
