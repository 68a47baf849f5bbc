# The sources of src/core and src/odf, relative to src/: one list for the product build
# (src/CMakeLists.txt) and for the fuzzing build (tests/fuzz), which compiles them again with clang
# and its sanitizers.
set(PREVENT_CORE_SOURCES
  core/action_plan.cxx
  core/approval.cxx
  core/approval_messages.cxx
  core/approval_storage.cxx
  core/canonical_text.cxx
  core/catalogue.cxx
  core/cell_address.cxx
  core/clock.cxx
  core/coverage.cxx
  core/document_words.cxx
  core/finding_messages.cxx
  core/heading_matcher.cxx
  core/matching_words.cxx
  core/heading_words.cxx
  core/operating_year.cxx
  core/outline.cxx
  core/plan_grid.cxx
  core/plan_columns.cxx
  core/risk_columns.cxx
  core/risk_coverage.cxx
  core/risk_register.cxx
  core/risk_summary.cxx
  core/risk_values.cxx
)
set(PREVENT_ODF_SOURCES
  odf/catalogue_xcu.cxx
  odf/file_check.cxx
  odf/meta_properties.cxx
  odf/odf_package.cxx
  odf/odf_sheets.cxx
  odf/odf_styles.cxx
  odf/odf_text.cxx
  odf/xml_stream.cxx
)
