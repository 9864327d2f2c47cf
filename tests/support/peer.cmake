# The sync test peer: pouchdb-server 4.2.0 (pinned in tests/package.json + package-lock.json)
# run as a child process by intake::test::PouchPeer (tests/support/pouchdb_peer.h).
#
# Included from tests/CMakeLists.txt after find_package(Catch2), include(Catch) and
# find_package(CURL); CMAKE_CURRENT_SOURCE_DIR is the tests/ directory.
#
# The server itself is installed outside CMake, once per checkout:
#   (cd tests && npm ci --ignore-scripts)
# --ignore-scripts skips sqlite3's node-pre-gyp build (only used by pouchdb-server --sqlite,
# which the fixture never uses); leveldown loads the N-API prebuild shipped in its tarball.
# The same step is available as the build target `intake-test-peer-npm`.

set(INTAKE_PEER_SERVER_SCRIPT "${CMAKE_CURRENT_SOURCE_DIR}/node_modules/pouchdb-server/bin/pouchdb-server")

add_library(intake_test_peer STATIC ${CMAKE_CURRENT_SOURCE_DIR}/support/pouchdb_peer.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/support/node_process.cpp)
target_include_directories(intake_test_peer PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_compile_definitions(intake_test_peer PRIVATE INTAKE_TESTS_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}")
target_compile_features(intake_test_peer PUBLIC cxx_std_20)
target_link_libraries(intake_test_peer PUBLIC CURL::libcurl PRIVATE intake_build_flags)

add_executable(intake-peer-tests ${CMAKE_CURRENT_SOURCE_DIR}/integration/test_pouchdb_peer.cpp)
if(TARGET intake_catch_main)
  # Reuse the shared, already compiled Catch2 main.
  target_link_libraries(intake-peer-tests PRIVATE intake_catch_main)
else()
  target_sources(intake-peer-tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support/catch_main.cpp)
endif()
target_link_libraries(intake-peer-tests PRIVATE
  intake_test_peer Catch2::Catch2 nlohmann_json::nlohmann_json intake_build_flags)
# Each test starts (and stops) its own server on a free port, so they may run in parallel.
# TIMEOUT: a wedged peer must fail the run, not hang it.
catch_discover_tests(intake-peer-tests PROPERTIES LABELS integration TIMEOUT 120)

find_program(INTAKE_NPM_EXECUTABLE npm)
if(INTAKE_NPM_EXECUTABLE)
  add_custom_target(intake-test-peer-npm
    COMMAND ${INTAKE_NPM_EXECUTABLE} ci --ignore-scripts --no-audit --no-fund
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    COMMENT "Installing the pinned pouchdb-server test peer (tests/node_modules)"
    VERBATIM)
endif()

if(NOT EXISTS "${INTAKE_PEER_SERVER_SCRIPT}")
  message(WARNING "pouchdb-server is not installed (${INTAKE_PEER_SERVER_SCRIPT} missing): "
                  "the [peer] tests will fail until you run `npm ci --ignore-scripts` in "
                  "${CMAKE_CURRENT_SOURCE_DIR} (or build the target intake-test-peer-npm).")
endif()

# The PouchDB side of the interop tests and of the sync benchmark baseline: pouchdb-node 7.3.1
# (pinned in the same package.json/lock, installed by the same `npm ci --ignore-scripts`; its
# leveldown is the same 5.6.0 N-API prebuild) driven by tests/peer/pouch-tool.js through
# intake::test::runPouchTool (tests/support/pouchdb_node.h).
target_sources(intake_test_peer PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support/pouchdb_node.cpp)
target_link_libraries(intake_test_peer PUBLIC nlohmann_json::nlohmann_json)

add_executable(intake-pouchdb-node-tests ${CMAKE_CURRENT_SOURCE_DIR}/integration/test_pouchdb_node.cpp)
if(TARGET intake_catch_main)
  target_link_libraries(intake-pouchdb-node-tests PRIVATE intake_catch_main)
else()
  target_sources(intake-pouchdb-node-tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support/catch_main.cpp)
endif()
target_link_libraries(intake-pouchdb-node-tests PRIVATE
  intake_test_peer Catch2::Catch2 nlohmann_json::nlohmann_json CURL::libcurl intake_build_flags)
# Each test starts its own server and its own pouch-tool runs (private temp dirs): parallel-safe.
catch_discover_tests(intake-pouchdb-node-tests PROPERTIES LABELS integration TIMEOUT 300)

# Non-blocking socket helpers shared by the fault proxy and the hostile server
# (tests/support/socket_io.h).
add_library(intake_test_sockets STATIC ${CMAKE_CURRENT_SOURCE_DIR}/support/socket_io.cpp)
target_include_directories(intake_test_sockets PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_compile_features(intake_test_sockets PUBLIC cxx_std_20)
target_link_libraries(intake_test_sockets PRIVATE intake_build_flags)

# A fault-injecting HTTP/1.1 proxy for the sync fault tests (tests/support/fault_proxy.h).
find_package(Threads REQUIRED)
add_library(intake_test_fault_proxy STATIC ${CMAKE_CURRENT_SOURCE_DIR}/support/fault_proxy.cpp)
target_include_directories(intake_test_fault_proxy PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_compile_features(intake_test_fault_proxy PUBLIC cxx_std_20)
target_link_libraries(intake_test_fault_proxy PUBLIC Threads::Threads PRIVATE intake_test_sockets intake_build_flags)

add_executable(intake-fault-proxy-tests ${CMAKE_CURRENT_SOURCE_DIR}/integration/test_fault_proxy.cpp)
if(TARGET intake_catch_main)
  target_link_libraries(intake-fault-proxy-tests PRIVATE intake_catch_main)
else()
  target_sources(intake-fault-proxy-tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support/catch_main.cpp)
endif()
target_link_libraries(intake-fault-proxy-tests PRIVATE
  intake_test_fault_proxy intake_test_peer Catch2::Catch2 nlohmann_json::nlohmann_json CURL::libcurl
  intake_build_flags)
catch_discover_tests(intake-fault-proxy-tests PROPERTIES LABELS integration TIMEOUT 300)

# The TLS front for the sync client tests: intake::test::TlsTunnel (tests/support/tls_tunnel.h)
# makes a throwaway CA and server certificate with OpenSSL and runs stunnel4 (Debian package
# stunnel4, installed by tools/setup.sh) in front of a PouchPeer.
target_sources(intake_test_peer PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support/tls_tunnel.cpp)
target_link_libraries(intake_test_peer PRIVATE OpenSSL::SSL OpenSSL::Crypto)
