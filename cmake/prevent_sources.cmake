# The sources of src/core and src/odf, relative to src/: one list for the product build
# (src/CMakeLists.txt) and for the fuzzing build (tests/fuzz), which compiles them again with clang
# and its sanitizers.
set(PREVENT_CORE_SOURCES
  core/annual_review.cxx
  core/approval.cxx
  core/approval_block_text.cxx
  core/approval_change.cxx
  core/approval_messages.cxx
  core/approval_storage.cxx
  core/assessment_check.cxx
  core/board_paper.cxx
  core/canonical_text.cxx
  core/catalogue.cxx
  core/cell_address.cxx
  core/clock.cxx
  core/coverage.cxx
  core/document_strings.cxx
  core/finding_messages.cxx
  core/heading_matcher.cxx
  core/heading_words.cxx
  core/iso_dates.cxx
  core/long_date.cxx
  core/matching_words.cxx
  core/messages.cxx
  core/welsh_words.cxx
  core/operating_year.cxx
  core/outline.cxx
  core/percent_escape.cxx
  core/plan_checks.cxx
  core/plan_columns.cxx
  core/plan_grid.cxx
  core/plan_summary.cxx
  core/risk_columns.cxx
  core/risk_coverage.cxx
  core/risk_recalculation.cxx
  core/risk_register.cxx
  core/risk_summary.cxx
  core/risk_values.cxx
  core/new_assessment.cxx
  core/section_reviews.cxx
  core/version_label.cxx
)
set(PREVENT_ODF_SOURCES
  odf/catalogue_xcu.cxx
  odf/file_check.cxx
  odf/meta_properties.cxx
  odf/odf_package.cxx
  odf/odf_sheets.cxx
  odf/odf_styles.cxx
  odf/odf_text.cxx
  odf/template_writer.cxx
  odf/xml_stream.cxx
)

# The message catalogues of src/core and src/cli (src/core/messages/<language>.properties), built
# into the core as text that core/messages.cxx reads. Written when cmake runs, and cmake runs
# again when a catalogue changes. The languages: en-GB first.
set(PREVENT_MESSAGE_LANGUAGES en-GB cy)
set(PREVENT_MESSAGE_FILES_SOURCE ${CMAKE_BINARY_DIR}/generated/message_files.cxx)
set(_prevent_messages "// Written by cmake/prevent_sources.cmake from src/core/messages: do not edit.\n")
string(APPEND _prevent_messages "#include <cstddef>\n\nnamespace prevent::core {\n\n")
string(APPEND _prevent_messages "struct MessageFile {\n    const char* language;\n    const char* text;\n};\n")
string(APPEND _prevent_messages "extern const MessageFile kMessageFiles[];\nextern const std::size_t kMessageFileCount;\n\n")
string(APPEND _prevent_messages "const MessageFile kMessageFiles[] = {\n")
foreach(_language ${PREVENT_MESSAGE_LANGUAGES})
  set(_file ${CMAKE_CURRENT_LIST_DIR}/../src/core/messages/${_language}.properties)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_file})
  file(READ ${_file} _text)
  string(APPEND _prevent_messages "    {\"${_language}\", R\"prevent_messages(${_text})prevent_messages\"},\n")
endforeach()
list(LENGTH PREVENT_MESSAGE_LANGUAGES _count)
string(APPEND _prevent_messages "};\nconst std::size_t kMessageFileCount = ${_count};\n\n}  // namespace prevent::core\n")
set(_old "")
if(EXISTS ${PREVENT_MESSAGE_FILES_SOURCE})
  file(READ ${PREVENT_MESSAGE_FILES_SOURCE} _old)
endif()
if(NOT _old STREQUAL _prevent_messages)
  file(WRITE ${PREVENT_MESSAGE_FILES_SOURCE} "${_prevent_messages}")
endif()
