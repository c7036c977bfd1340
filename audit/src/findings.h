// Finding rules (internal): attribution, document and metric kinds.
#ifndef ONRECORD_FINDINGS_H_
#define ONRECORD_FINDINGS_H_

#include "analysis.h"

namespace onrecord {

// Adds the findings of every attribution, document and metric rule of the
// pack to `r.findings` (locations: normalized spans only).
void ApplyFindingRules(const Analysis& a, AuditResult& r);

// Runs one document-kind rule (`rule.check` names the check).
void RunDocumentCheck(const Analysis& a, const FindingRule& rule, AuditResult& r);

}  // namespace onrecord

#endif  // ONRECORD_FINDINGS_H_
