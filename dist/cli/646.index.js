export const id = 646;
export const ids = [646];
export const modules = {

/***/ 3646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ engine_evaluate)
});

// NAMESPACE OBJECT: ./src/validators/gemara.js
var gemara_namespaceObject = {};
__webpack_require__.r(gemara_namespaceObject);
__webpack_require__.d(gemara_namespaceObject, {
  capability: () => (capability),
  threat: () => (threat)
});

// NAMESPACE OBJECT: ./src/rules/osps-ac-01-01.ts
var osps_ac_01_01_namespaceObject = {};
__webpack_require__.r(osps_ac_01_01_namespaceObject);
__webpack_require__.d(osps_ac_01_01_namespaceObject, {
  evaluate: () => (evaluate),
  id: () => (id)
});

// NAMESPACE OBJECT: ./src/rules/osps-ac-02-01.ts
var osps_ac_02_01_namespaceObject = {};
__webpack_require__.r(osps_ac_02_01_namespaceObject);
__webpack_require__.d(osps_ac_02_01_namespaceObject, {
  evaluate: () => (osps_ac_02_01_evaluate),
  id: () => (osps_ac_02_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-ac-03-01.ts
var osps_ac_03_01_namespaceObject = {};
__webpack_require__.r(osps_ac_03_01_namespaceObject);
__webpack_require__.d(osps_ac_03_01_namespaceObject, {
  evaluate: () => (osps_ac_03_01_evaluate),
  id: () => (osps_ac_03_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-ac-03-02.ts
var osps_ac_03_02_namespaceObject = {};
__webpack_require__.r(osps_ac_03_02_namespaceObject);
__webpack_require__.d(osps_ac_03_02_namespaceObject, {
  evaluate: () => (osps_ac_03_02_evaluate),
  id: () => (osps_ac_03_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-ac-04-01.ts
var osps_ac_04_01_namespaceObject = {};
__webpack_require__.r(osps_ac_04_01_namespaceObject);
__webpack_require__.d(osps_ac_04_01_namespaceObject, {
  evaluate: () => (osps_ac_04_01_evaluate),
  id: () => (osps_ac_04_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-ac-04-02.ts
var osps_ac_04_02_namespaceObject = {};
__webpack_require__.r(osps_ac_04_02_namespaceObject);
__webpack_require__.d(osps_ac_04_02_namespaceObject, {
  evaluate: () => (osps_ac_04_02_evaluate),
  id: () => (osps_ac_04_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-01-01.ts
var osps_br_01_01_namespaceObject = {};
__webpack_require__.r(osps_br_01_01_namespaceObject);
__webpack_require__.d(osps_br_01_01_namespaceObject, {
  evaluate: () => (osps_br_01_01_evaluate),
  id: () => (osps_br_01_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-01-03.ts
var osps_br_01_03_namespaceObject = {};
__webpack_require__.r(osps_br_01_03_namespaceObject);
__webpack_require__.d(osps_br_01_03_namespaceObject, {
  evaluate: () => (osps_br_01_03_evaluate),
  id: () => (osps_br_01_03_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-01-04.ts
var osps_br_01_04_namespaceObject = {};
__webpack_require__.r(osps_br_01_04_namespaceObject);
__webpack_require__.d(osps_br_01_04_namespaceObject, {
  evaluate: () => (osps_br_01_04_evaluate),
  id: () => (osps_br_01_04_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-02-01.ts
var osps_br_02_01_namespaceObject = {};
__webpack_require__.r(osps_br_02_01_namespaceObject);
__webpack_require__.d(osps_br_02_01_namespaceObject, {
  evaluate: () => (osps_br_02_01_evaluate),
  id: () => (osps_br_02_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-02-02.ts
var osps_br_02_02_namespaceObject = {};
__webpack_require__.r(osps_br_02_02_namespaceObject);
__webpack_require__.d(osps_br_02_02_namespaceObject, {
  evaluate: () => (osps_br_02_02_evaluate),
  id: () => (osps_br_02_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-03-01.ts
var osps_br_03_01_namespaceObject = {};
__webpack_require__.r(osps_br_03_01_namespaceObject);
__webpack_require__.d(osps_br_03_01_namespaceObject, {
  evaluate: () => (osps_br_03_01_evaluate),
  id: () => (osps_br_03_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-03-02.ts
var osps_br_03_02_namespaceObject = {};
__webpack_require__.r(osps_br_03_02_namespaceObject);
__webpack_require__.d(osps_br_03_02_namespaceObject, {
  evaluate: () => (osps_br_03_02_evaluate),
  id: () => (osps_br_03_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-04-01.ts
var osps_br_04_01_namespaceObject = {};
__webpack_require__.r(osps_br_04_01_namespaceObject);
__webpack_require__.d(osps_br_04_01_namespaceObject, {
  evaluate: () => (osps_br_04_01_evaluate),
  id: () => (osps_br_04_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-05-01.ts
var osps_br_05_01_namespaceObject = {};
__webpack_require__.r(osps_br_05_01_namespaceObject);
__webpack_require__.d(osps_br_05_01_namespaceObject, {
  evaluate: () => (osps_br_05_01_evaluate),
  id: () => (osps_br_05_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-06-01.ts
var osps_br_06_01_namespaceObject = {};
__webpack_require__.r(osps_br_06_01_namespaceObject);
__webpack_require__.d(osps_br_06_01_namespaceObject, {
  evaluate: () => (osps_br_06_01_evaluate),
  id: () => (osps_br_06_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-07-01.ts
var osps_br_07_01_namespaceObject = {};
__webpack_require__.r(osps_br_07_01_namespaceObject);
__webpack_require__.d(osps_br_07_01_namespaceObject, {
  evaluate: () => (osps_br_07_01_evaluate),
  id: () => (osps_br_07_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-br-07-02.ts
var osps_br_07_02_namespaceObject = {};
__webpack_require__.r(osps_br_07_02_namespaceObject);
__webpack_require__.d(osps_br_07_02_namespaceObject, {
  evaluate: () => (osps_br_07_02_evaluate),
  id: () => (osps_br_07_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-do-01-01.ts
var osps_do_01_01_namespaceObject = {};
__webpack_require__.r(osps_do_01_01_namespaceObject);
__webpack_require__.d(osps_do_01_01_namespaceObject, {
  evaluate: () => (osps_do_01_01_evaluate),
  id: () => (osps_do_01_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-do-02-01.ts
var osps_do_02_01_namespaceObject = {};
__webpack_require__.r(osps_do_02_01_namespaceObject);
__webpack_require__.d(osps_do_02_01_namespaceObject, {
  evaluate: () => (osps_do_02_01_evaluate),
  id: () => (osps_do_02_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-do-03-01.ts
var osps_do_03_01_namespaceObject = {};
__webpack_require__.r(osps_do_03_01_namespaceObject);
__webpack_require__.d(osps_do_03_01_namespaceObject, {
  evaluate: () => (osps_do_03_01_evaluate),
  id: () => (osps_do_03_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-do-03-02.ts
var osps_do_03_02_namespaceObject = {};
__webpack_require__.r(osps_do_03_02_namespaceObject);
__webpack_require__.d(osps_do_03_02_namespaceObject, {
  evaluate: () => (osps_do_03_02_evaluate),
  id: () => (osps_do_03_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-do-04-01.ts
var osps_do_04_01_namespaceObject = {};
__webpack_require__.r(osps_do_04_01_namespaceObject);
__webpack_require__.d(osps_do_04_01_namespaceObject, {
  evaluate: () => (osps_do_04_01_evaluate),
  id: () => (osps_do_04_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-do-05-01.ts
var osps_do_05_01_namespaceObject = {};
__webpack_require__.r(osps_do_05_01_namespaceObject);
__webpack_require__.d(osps_do_05_01_namespaceObject, {
  evaluate: () => (osps_do_05_01_evaluate),
  id: () => (osps_do_05_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-do-06-01.ts
var osps_do_06_01_namespaceObject = {};
__webpack_require__.r(osps_do_06_01_namespaceObject);
__webpack_require__.d(osps_do_06_01_namespaceObject, {
  evaluate: () => (osps_do_06_01_evaluate),
  id: () => (osps_do_06_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-do-07-01.ts
var osps_do_07_01_namespaceObject = {};
__webpack_require__.r(osps_do_07_01_namespaceObject);
__webpack_require__.d(osps_do_07_01_namespaceObject, {
  evaluate: () => (osps_do_07_01_evaluate),
  id: () => (osps_do_07_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-gv-01-01.ts
var osps_gv_01_01_namespaceObject = {};
__webpack_require__.r(osps_gv_01_01_namespaceObject);
__webpack_require__.d(osps_gv_01_01_namespaceObject, {
  evaluate: () => (osps_gv_01_01_evaluate),
  id: () => (osps_gv_01_01_id),
  whileActive: () => (whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-gv-01-02.ts
var osps_gv_01_02_namespaceObject = {};
__webpack_require__.r(osps_gv_01_02_namespaceObject);
__webpack_require__.d(osps_gv_01_02_namespaceObject, {
  evaluate: () => (osps_gv_01_02_evaluate),
  id: () => (osps_gv_01_02_id),
  whileActive: () => (osps_gv_01_02_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-gv-02-01.ts
var osps_gv_02_01_namespaceObject = {};
__webpack_require__.r(osps_gv_02_01_namespaceObject);
__webpack_require__.d(osps_gv_02_01_namespaceObject, {
  evaluate: () => (osps_gv_02_01_evaluate),
  id: () => (osps_gv_02_01_id),
  whileActive: () => (osps_gv_02_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-gv-03-01.ts
var osps_gv_03_01_namespaceObject = {};
__webpack_require__.r(osps_gv_03_01_namespaceObject);
__webpack_require__.d(osps_gv_03_01_namespaceObject, {
  evaluate: () => (osps_gv_03_01_evaluate),
  id: () => (osps_gv_03_01_id),
  whileActive: () => (osps_gv_03_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-gv-03-02.ts
var osps_gv_03_02_namespaceObject = {};
__webpack_require__.r(osps_gv_03_02_namespaceObject);
__webpack_require__.d(osps_gv_03_02_namespaceObject, {
  evaluate: () => (osps_gv_03_02_evaluate),
  id: () => (osps_gv_03_02_id),
  whileActive: () => (osps_gv_03_02_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-gv-04-01.ts
var osps_gv_04_01_namespaceObject = {};
__webpack_require__.r(osps_gv_04_01_namespaceObject);
__webpack_require__.d(osps_gv_04_01_namespaceObject, {
  evaluate: () => (osps_gv_04_01_evaluate),
  id: () => (osps_gv_04_01_id),
  whileActive: () => (osps_gv_04_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-le-01-01.ts
var osps_le_01_01_namespaceObject = {};
__webpack_require__.r(osps_le_01_01_namespaceObject);
__webpack_require__.d(osps_le_01_01_namespaceObject, {
  evaluate: () => (osps_le_01_01_evaluate),
  id: () => (osps_le_01_01_id),
  whileActive: () => (osps_le_01_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-le-02-01.ts
var osps_le_02_01_namespaceObject = {};
__webpack_require__.r(osps_le_02_01_namespaceObject);
__webpack_require__.d(osps_le_02_01_namespaceObject, {
  evaluate: () => (osps_le_02_01_evaluate),
  id: () => (osps_le_02_01_id),
  whileActive: () => (osps_le_02_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-le-02-02.ts
var osps_le_02_02_namespaceObject = {};
__webpack_require__.r(osps_le_02_02_namespaceObject);
__webpack_require__.d(osps_le_02_02_namespaceObject, {
  evaluate: () => (osps_le_02_02_evaluate),
  id: () => (osps_le_02_02_id),
  whileActive: () => (osps_le_02_02_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-le-03-01.ts
var osps_le_03_01_namespaceObject = {};
__webpack_require__.r(osps_le_03_01_namespaceObject);
__webpack_require__.d(osps_le_03_01_namespaceObject, {
  evaluate: () => (osps_le_03_01_evaluate),
  id: () => (osps_le_03_01_id),
  whileActive: () => (osps_le_03_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-le-03-02.ts
var osps_le_03_02_namespaceObject = {};
__webpack_require__.r(osps_le_03_02_namespaceObject);
__webpack_require__.d(osps_le_03_02_namespaceObject, {
  evaluate: () => (osps_le_03_02_evaluate),
  id: () => (osps_le_03_02_id),
  whileActive: () => (osps_le_03_02_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-01-01.ts
var osps_qa_01_01_namespaceObject = {};
__webpack_require__.r(osps_qa_01_01_namespaceObject);
__webpack_require__.d(osps_qa_01_01_namespaceObject, {
  evaluate: () => (osps_qa_01_01_evaluate),
  id: () => (osps_qa_01_01_id),
  whileActive: () => (osps_qa_01_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-01-02.ts
var osps_qa_01_02_namespaceObject = {};
__webpack_require__.r(osps_qa_01_02_namespaceObject);
__webpack_require__.d(osps_qa_01_02_namespaceObject, {
  evaluate: () => (osps_qa_01_02_evaluate),
  id: () => (osps_qa_01_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-02-01.ts
var osps_qa_02_01_namespaceObject = {};
__webpack_require__.r(osps_qa_02_01_namespaceObject);
__webpack_require__.d(osps_qa_02_01_namespaceObject, {
  evaluate: () => (osps_qa_02_01_evaluate),
  id: () => (osps_qa_02_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-02-02.ts
var osps_qa_02_02_namespaceObject = {};
__webpack_require__.r(osps_qa_02_02_namespaceObject);
__webpack_require__.d(osps_qa_02_02_namespaceObject, {
  evaluate: () => (osps_qa_02_02_evaluate),
  id: () => (osps_qa_02_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-03-01.ts
var osps_qa_03_01_namespaceObject = {};
__webpack_require__.r(osps_qa_03_01_namespaceObject);
__webpack_require__.d(osps_qa_03_01_namespaceObject, {
  evaluate: () => (osps_qa_03_01_evaluate),
  id: () => (osps_qa_03_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-04-01.ts
var osps_qa_04_01_namespaceObject = {};
__webpack_require__.r(osps_qa_04_01_namespaceObject);
__webpack_require__.d(osps_qa_04_01_namespaceObject, {
  evaluate: () => (osps_qa_04_01_evaluate),
  id: () => (osps_qa_04_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-04-02.ts
var osps_qa_04_02_namespaceObject = {};
__webpack_require__.r(osps_qa_04_02_namespaceObject);
__webpack_require__.d(osps_qa_04_02_namespaceObject, {
  evaluate: () => (osps_qa_04_02_evaluate),
  id: () => (osps_qa_04_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-05-01.ts
var osps_qa_05_01_namespaceObject = {};
__webpack_require__.r(osps_qa_05_01_namespaceObject);
__webpack_require__.d(osps_qa_05_01_namespaceObject, {
  evaluate: () => (osps_qa_05_01_evaluate),
  id: () => (osps_qa_05_01_id),
  whileActive: () => (osps_qa_05_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-05-02.ts
var osps_qa_05_02_namespaceObject = {};
__webpack_require__.r(osps_qa_05_02_namespaceObject);
__webpack_require__.d(osps_qa_05_02_namespaceObject, {
  evaluate: () => (osps_qa_05_02_evaluate),
  id: () => (osps_qa_05_02_id),
  whileActive: () => (osps_qa_05_02_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-06-01.ts
var osps_qa_06_01_namespaceObject = {};
__webpack_require__.r(osps_qa_06_01_namespaceObject);
__webpack_require__.d(osps_qa_06_01_namespaceObject, {
  evaluate: () => (osps_qa_06_01_evaluate),
  id: () => (osps_qa_06_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-06-02.ts
var osps_qa_06_02_namespaceObject = {};
__webpack_require__.r(osps_qa_06_02_namespaceObject);
__webpack_require__.d(osps_qa_06_02_namespaceObject, {
  evaluate: () => (osps_qa_06_02_evaluate),
  id: () => (osps_qa_06_02_id),
  whileActive: () => (osps_qa_06_02_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-06-03.ts
var osps_qa_06_03_namespaceObject = {};
__webpack_require__.r(osps_qa_06_03_namespaceObject);
__webpack_require__.d(osps_qa_06_03_namespaceObject, {
  evaluate: () => (osps_qa_06_03_evaluate),
  id: () => (osps_qa_06_03_id),
  whileActive: () => (osps_qa_06_03_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-qa-07-01.ts
var osps_qa_07_01_namespaceObject = {};
__webpack_require__.r(osps_qa_07_01_namespaceObject);
__webpack_require__.d(osps_qa_07_01_namespaceObject, {
  evaluate: () => (osps_qa_07_01_evaluate),
  id: () => (osps_qa_07_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-sa-01-01.ts
var osps_sa_01_01_namespaceObject = {};
__webpack_require__.r(osps_sa_01_01_namespaceObject);
__webpack_require__.d(osps_sa_01_01_namespaceObject, {
  evaluate: () => (osps_sa_01_01_evaluate),
  id: () => (osps_sa_01_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-sa-02-01.ts
var osps_sa_02_01_namespaceObject = {};
__webpack_require__.r(osps_sa_02_01_namespaceObject);
__webpack_require__.d(osps_sa_02_01_namespaceObject, {
  evaluate: () => (osps_sa_02_01_evaluate),
  id: () => (osps_sa_02_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-sa-03-01.ts
var osps_sa_03_01_namespaceObject = {};
__webpack_require__.r(osps_sa_03_01_namespaceObject);
__webpack_require__.d(osps_sa_03_01_namespaceObject, {
  evaluate: () => (osps_sa_03_01_evaluate),
  id: () => (osps_sa_03_01_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-sa-03-02.ts
var osps_sa_03_02_namespaceObject = {};
__webpack_require__.r(osps_sa_03_02_namespaceObject);
__webpack_require__.d(osps_sa_03_02_namespaceObject, {
  evaluate: () => (osps_sa_03_02_evaluate),
  id: () => (osps_sa_03_02_id)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-01-01.ts
var osps_vm_01_01_namespaceObject = {};
__webpack_require__.r(osps_vm_01_01_namespaceObject);
__webpack_require__.d(osps_vm_01_01_namespaceObject, {
  evaluate: () => (osps_vm_01_01_evaluate),
  id: () => (osps_vm_01_01_id),
  whileActive: () => (osps_vm_01_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-02-01.ts
var osps_vm_02_01_namespaceObject = {};
__webpack_require__.r(osps_vm_02_01_namespaceObject);
__webpack_require__.d(osps_vm_02_01_namespaceObject, {
  evaluate: () => (osps_vm_02_01_evaluate),
  id: () => (osps_vm_02_01_id),
  whileActive: () => (osps_vm_02_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-03-01.ts
var osps_vm_03_01_namespaceObject = {};
__webpack_require__.r(osps_vm_03_01_namespaceObject);
__webpack_require__.d(osps_vm_03_01_namespaceObject, {
  evaluate: () => (osps_vm_03_01_evaluate),
  id: () => (osps_vm_03_01_id),
  whileActive: () => (osps_vm_03_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-04-01.ts
var osps_vm_04_01_namespaceObject = {};
__webpack_require__.r(osps_vm_04_01_namespaceObject);
__webpack_require__.d(osps_vm_04_01_namespaceObject, {
  evaluate: () => (osps_vm_04_01_evaluate),
  id: () => (osps_vm_04_01_id),
  whileActive: () => (osps_vm_04_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-04-02.ts
var osps_vm_04_02_namespaceObject = {};
__webpack_require__.r(osps_vm_04_02_namespaceObject);
__webpack_require__.d(osps_vm_04_02_namespaceObject, {
  evaluate: () => (osps_vm_04_02_evaluate),
  id: () => (osps_vm_04_02_id),
  whileActive: () => (osps_vm_04_02_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-05-01.ts
var osps_vm_05_01_namespaceObject = {};
__webpack_require__.r(osps_vm_05_01_namespaceObject);
__webpack_require__.d(osps_vm_05_01_namespaceObject, {
  evaluate: () => (osps_vm_05_01_evaluate),
  id: () => (osps_vm_05_01_id),
  whileActive: () => (osps_vm_05_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-05-02.ts
var osps_vm_05_02_namespaceObject = {};
__webpack_require__.r(osps_vm_05_02_namespaceObject);
__webpack_require__.d(osps_vm_05_02_namespaceObject, {
  evaluate: () => (osps_vm_05_02_evaluate),
  id: () => (osps_vm_05_02_id),
  whileActive: () => (osps_vm_05_02_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-05-03.ts
var osps_vm_05_03_namespaceObject = {};
__webpack_require__.r(osps_vm_05_03_namespaceObject);
__webpack_require__.d(osps_vm_05_03_namespaceObject, {
  evaluate: () => (osps_vm_05_03_evaluate),
  id: () => (osps_vm_05_03_id),
  whileActive: () => (osps_vm_05_03_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-06-01.ts
var osps_vm_06_01_namespaceObject = {};
__webpack_require__.r(osps_vm_06_01_namespaceObject);
__webpack_require__.d(osps_vm_06_01_namespaceObject, {
  evaluate: () => (osps_vm_06_01_evaluate),
  id: () => (osps_vm_06_01_id),
  whileActive: () => (osps_vm_06_01_whileActive)
});

// NAMESPACE OBJECT: ./src/rules/osps-vm-06-02.ts
var osps_vm_06_02_namespaceObject = {};
__webpack_require__.r(osps_vm_06_02_namespaceObject);
__webpack_require__.d(osps_vm_06_02_namespaceObject, {
  evaluate: () => (osps_vm_06_02_evaluate),
  id: () => (osps_vm_06_02_id),
  whileActive: () => (osps_vm_06_02_whileActive)
});

// EXTERNAL MODULE: ./src/facts/security-insights/parse.ts
var parse = __webpack_require__(7607);
;// CONCATENATED MODULE: ./src/validators/slam-config.js
// Generated by src/dev/compile-schemas.ts from schemas/slam-config.schema.json (npm run build). Do not edit.
/* eslint-disable */
const slam_config_config = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/security-slam/security-slam-action/schemas/slam-config.schema.json","title":"Security Slam project configuration","description":"The project's own settings for the Security Slam action, in .github/security-slam.yml (or .security-slam.yml at the root). The action's `level` input, when given, wins over this file.","type":"object","properties":{"level":{"description":"OSPS Baseline maturity level the project is judged at (1, 2 or 3; levels are cumulative). A quoted number such as '2' is accepted.","enum":[1,2,3,"1","2","3"]},"foundation-maturity":{"description":"CNCF or OpenSSF foundation maturity; sets the level by the event's rule (sandbox: 1, incubating: 2, graduated: 3) when `level` is not given.","type":"string","enum":["sandbox","incubating","graduated"]}},"additionalProperties":false};

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/security-slam/security-slam-action/schemas/slam-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "level") || (key0 === "foundation-maturity"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.level !== undefined){
let data0 = data.level;
if(!((((((data0 === 1) || (data0 === 2)) || (data0 === 3)) || (data0 === "1")) || (data0 === "2")) || (data0 === "3"))){
const err1 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema0.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data["foundation-maturity"] !== undefined){
let data1 = data["foundation-maturity"];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/foundation-maturity",schemaPath:"#/properties/foundation-maturity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data1 === "sandbox") || (data1 === "incubating")) || (data1 === "graduated"))){
const err3 = {instancePath:instancePath+"/foundation-maturity",schemaPath:"#/properties/foundation-maturity/enum",keyword:"enum",params:{allowedValues: schema0.properties["foundation-maturity"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/config/load.ts


/** Where the file is looked for, in order. */
const CONFIG_PATHS = ['.github/security-slam.yml', '.github/security-slam.yaml', '.security-slam.yml', '.security-slam.yaml'];
/** A real configuration is a few lines; anything larger is refused unparsed. */
const MAX_CONFIG_BYTES = 64 * 1024;
const MAX_NESTING = 20;
const MAX_DIAGNOSTICS = 20;
const MATURITY_LEVELS = { sandbox: 1, incubating: 2, graduated: 3 };
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function errorMessage(e, path) {
    const where = e.instancePath ? `\`${e.instancePath.slice(1).replace(/\//g, '.')}\`` : 'the file';
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty ?? '');
        const known = ['level', 'foundation-maturity'];
        const norm = key.toLowerCase().replace(/[-_ ]/g, '');
        const hint = known.find((k) => k.replace(/-/g, '') === norm || (key.length <= 40 && editDistance(k, key.toLowerCase()) <= 2));
        return `${path}: unknown key \`${key}\`${hint ? `; did you mean \`${hint}\`?` : ` (known keys: ${known.join(', ')})`}`;
    }
    if (e.keyword === 'enum') {
        const allowed = (e.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ');
        return `${path}: ${where} must be one of ${allowed}`;
    }
    if (e.keyword === 'type')
        return `${path}: ${where} must be ${e.params.type === 'object' ? 'a mapping' : `of type ${e.params.type}`}`;
    return `${path}: ${where} ${e.message ?? 'is not valid'}`;
}
/** Levenshtein distance, for "did you mean" on short keys. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
function loadConfig(snapshot) {
    const found = CONFIG_PATHS.filter((p) => snapshot.has(p));
    if (found.length === 0)
        return { config: null, path: null, diagnostics: [] };
    const path = found[0];
    const diagnostics = [];
    const diag = (severity, message, line = 0, column = 0) => {
        if (diagnostics.length < MAX_DIAGNOSTICS)
            diagnostics.push({ severity, message, line, column });
    };
    for (const other of found.slice(1))
        diag('warning', `${other} is ignored: ${path} is read first; keep one configuration file`);
    const entry = snapshot.get(path);
    if (entry && (entry.kind === 'symlink' || entry.kind === 'submodule')) {
        diag('error', `${path} is a ${entry.kind}; it was not read`);
        return { config: null, path, diagnostics };
    }
    const read = snapshot.read(path);
    if (!read.ok) {
        diag('error', `${path} could not be read: ${read.reason}`);
        return { config: null, path, diagnostics };
    }
    if (read.size > MAX_CONFIG_BYTES) {
        diag('error', `${path} is ${Math.round(read.size / 1024)} KiB, larger than the ${MAX_CONFIG_BYTES / 1024} KiB read; a configuration is a few lines`, 1, 1);
        return { config: null, path, diagnostics };
    }
    const depth = (0,parse/* nestingEstimate */.tp)(read.text);
    if (depth > MAX_NESTING) {
        diag('error', `${path} nests about ${depth} levels deep; it was not parsed (the configuration is a flat mapping)`, 1, 1);
        return { config: null, path, diagnostics };
    }
    const parsed = (0,parse/* parseYaml */.hN)(read.text, path);
    for (const d of parsed.diagnostics)
        diag(d.severity === 'error' ? 'error' : 'warning', d.message.startsWith(path) ? d.message : `${path}: ${d.message}`, d.line, d.column);
    // A file with YAML errors sets nothing: a half-read file must not change the level.
    if (!parsed.ok)
        return { config: null, path, diagnostics };
    const data = parsed.data;
    const pos = (key) => parsed.positions.get(key)?.key ?? parsed.positions.get('')?.value ?? { line: 1, column: 1 };
    if (data === null || data === undefined) {
        diag('warning', `${path} is empty; the default level applies`, 1, 1);
        return { config: {}, path, diagnostics };
    }
    if (!isObj(data)) {
        const p = pos('');
        diag('error', `${path} must be a mapping (for example \`level: 2\`), not ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}`, p.line, p.column);
        return { config: null, path, diagnostics };
    }
    const v = slam_config_config;
    const bad = new Set();
    if (!v(data)) {
        for (const e of v.errors ?? []) {
            const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty ?? '') : e.instancePath.slice(1).split('/')[0] ?? '';
            bad.add(key);
            const p = pos(key);
            diag(e.keyword === 'additionalProperties' ? 'warning' : 'error', errorMessage(e, path), p.line, p.column);
        }
    }
    const config = {};
    if (!bad.has('level') && data.level !== undefined)
        config.level = Number(data.level);
    const fm = data['foundation-maturity'];
    if (!bad.has('foundation-maturity') && typeof fm === 'string')
        config.foundationMaturity = fm;
    if (config.level !== undefined && config.foundationMaturity && MATURITY_LEVELS[config.foundationMaturity] !== config.level) {
        const p = pos('level');
        diag('warning', `${path}: level ${config.level} differs from foundation-maturity ${config.foundationMaturity} (Level ${MATURITY_LEVELS[config.foundationMaturity]} by the event's rule); level ${config.level} is used`, p.line, p.column);
    }
    return { config, path, diagnostics };
}
/** The level from the configuration: `level`, else the foundation maturity; undefined when neither. */
function configLevel(config) {
    if (!config)
        return undefined;
    if (config.level !== undefined)
        return config.level;
    if (config.foundationMaturity)
        return MATURITY_LEVELS[config.foundationMaturity];
    return undefined;
}
/** The level to evaluate at: the explicit input wins, then the configuration file, then Level 1. */
function resolveLevel(input, config) {
    if (input !== undefined)
        return { level: input, source: 'input' };
    const fromConfig = configLevel(config);
    if (fromConfig !== undefined)
        return { level: fromConfig, source: 'config' };
    return { level: 1, source: 'default' };
}

;// CONCATENATED MODULE: ./src/facts/binary-formats.ts
// What a file's first bytes say it is, checked against the structure of each format rather than a
// magic number alone: an executable is a file a machine or a virtual machine would load. A data
// file that happens to start like one (a protobuf message, a blob beginning CAFEBABE) is not.
// Every check reads only fixed offsets of the head it is given (at most a few KiB).
const u16 = (h, at, le) => (at + 2 <= h.length ? (le ? h.readUInt16LE(at) : h.readUInt16BE(at)) : -1);
const u32 = (h, at, le) => (at + 4 <= h.length ? (le ? h.readUInt32LE(at) : h.readUInt32BE(at)) : -1);
/** ELF: e_ident (class, data, version 1), e_type, a machine, e_version 1. */
function elf(h) {
    if (h.length < 24 || h[0] !== 0x7f || h[1] !== 0x45 || h[2] !== 0x4c || h[3] !== 0x46)
        return null;
    if ((h[4] !== 1 && h[4] !== 2) || (h[5] !== 1 && h[5] !== 2) || h[6] !== 1)
        return null;
    const le = h[5] === 1;
    const type = u16(h, 16, le);
    if (u16(h, 18, le) === 0 || u32(h, 20, le) !== 1)
        return null;
    switch (type) {
        case 1:
            return 'ELF object file';
        case 2:
            return 'ELF executable';
        case 3:
            return 'ELF shared library or position-independent executable';
        case 4:
            return 'ELF core dump';
        default:
            return null;
    }
}
/** PE: an MZ header whose e_lfanew points at `PE\0\0`, a COFF header and an optional header of a known kind. */
function pe(h) {
    if (h.length < 64 || h[0] !== 0x4d || h[1] !== 0x5a)
        return null;
    const at = h.readUInt32LE(0x3c);
    if (at < 0x40 || at + 26 > h.length || h.toString('latin1', at, at + 4) !== 'PE\0\0')
        return null;
    const optionalSize = h.readUInt16LE(at + 20);
    const characteristics = h.readUInt16LE(at + 22);
    const magic = u16(h, at + 24, true);
    if (optionalSize === 0 || (magic !== 0x10b && magic !== 0x20b && magic !== 0x107))
        return null;
    return characteristics & 0x2000 ? 'Windows DLL (PE)' : 'Windows executable (PE)';
}
/** CPU types of Mach-O files (x86, x86-64, ARM, ARM64, ARM64_32, PowerPC, PowerPC64). */
const MACH_CPUS = new Set([7, 0x01000007, 12, 0x0100000c, 0x0200000c, 18, 0x01000012]);
/** Mach-O: magic, a known CPU, a file type, load commands. */
function machO(h) {
    if (h.length < 28)
        return null;
    const be = h.readUInt32BE(0);
    let le;
    if (be === 0xfeedface || be === 0xfeedfacf)
        le = false;
    else if (be === 0xcefaedfe || be === 0xcffaedfe)
        le = true;
    else
        return null;
    const cpu = u32(h, 4, le);
    const type = u32(h, 12, le);
    const ncmds = u32(h, 16, le);
    if (!MACH_CPUS.has(cpu) || type < 1 || type > 12 || ncmds < 1 || ncmds > 10_000 || u32(h, 20, le) <= 0)
        return null;
    return type === 1 ? 'Mach-O object file' : type === 6 ? 'Mach-O dynamic library' : 'Mach-O executable';
}
/**
 * 0xCAFEBABE starts both a Java class and a universal (fat) Mach-O: a fat file has a handful of
 * architectures (the next four bytes, at most 20) whose first entry names a known CPU; a class
 * has a major version from 45 (Java 1.1) up and a constant pool that starts with a valid tag.
 */
function cafebabe(h) {
    if (h.length < 8)
        return null;
    const magic = h.readUInt32BE(0);
    if (magic !== 0xcafebabe && magic !== 0xcafebabf)
        return null;
    const n = h.readUInt32BE(4);
    if (n >= 1 && n <= 20) {
        const entry = magic === 0xcafebabf ? 32 : 20;
        if (h.length < 8 + entry || !MACH_CPUS.has(h.readUInt32BE(8)))
            return null;
        const offset = magic === 0xcafebabf ? Number(h.readBigUInt64BE(16)) : h.readUInt32BE(16);
        return offset >= 8 + n * entry ? 'Mach-O universal binary' : null;
    }
    if (magic !== 0xcafebabe || h.length < 11)
        return null;
    const major = h.readUInt16BE(6);
    const constants = h.readUInt16BE(8);
    const firstTag = h[10];
    if (major < 45 || major > 90 || constants < 2 || !CLASS_TAGS.has(firstTag))
        return null;
    return 'Java class file';
}
const CLASS_TAGS = new Set([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20]);
/** WebAssembly: `\0asm`, version 1, then (when present) a known section id. */
function wasm(h) {
    if (h.length < 8 || h.readUInt32BE(0) !== 0x0061736d || h.readUInt32LE(4) !== 1)
        return null;
    return h.length === 8 || h[8] <= 12 ? 'WebAssembly module' : null;
}
/** Dalvik: `dex\n`, three version digits, NUL. */
function dex(h) {
    if (h.length < 8 || h.toString('latin1', 0, 4) !== 'dex\n' || h[7] !== 0)
        return null;
    for (let i = 4; i < 7; i++)
        if (h[i] < 0x30 || h[i] > 0x39)
            return null;
    return 'Dalvik bytecode';
}
/**
 * ar: `!<arch>\n` and a first member header that ends in "`\n". A static library starts with a
 * symbol table member or holds object files; a Debian package starts with `debian-binary`.
 */
function ar(h) {
    if (h.length < 68 || h.toString('latin1', 0, 8) !== '!<arch>\n' || h[66] !== 0x60 || h[67] !== 0x0a)
        return null;
    const name = h.toString('latin1', 8, 24).trimEnd();
    if (name === '/' || name === '/SYM64/' || name.startsWith('__.SYMDEF'))
        return { kind: 'executable', what: 'static library (ar archive of object files)' };
    if (name.startsWith('debian-binary'))
        return { kind: 'executable', what: 'Debian package' };
    const member = h.subarray(68);
    if (elf(member) || machO(member))
        return { kind: 'executable', what: 'static library (ar archive of object files)' };
    return { kind: 'archive', what: 'ar archive' };
}
/** Packages of compiled code that are ZIP files. */
const ZIP_PACKAGES = {
    jar: 'Java archive', war: 'Java web archive', ear: 'Java enterprise archive', apk: 'Android package', aar: 'Android archive',
    whl: 'Python wheel', nupkg: 'NuGet package', vsix: 'Visual Studio extension', xpi: 'browser extension',
};
/**
 * What a file's head is, by structure: an executable (native code, bytecode, a package of it), an
 * archive, or media; null for anything else (text, or data of no recognised format). `ext` is the
 * lower-case extension, used only where a format has no magic of its own (.pyc) or to name a ZIP.
 */
function identify(h, ext) {
    if (h.length === 0)
        return null;
    const exe = elf(h) ?? pe(h) ?? machO(h) ?? cafebabe(h) ?? wasm(h) ?? dex(h);
    if (exe)
        return { kind: 'executable', what: exe };
    const a = ar(h);
    if (a)
        return a;
    if (h.length >= 4 && h.readUInt32BE(0) === 0xedabeedb)
        return { kind: 'executable', what: 'RPM package' };
    if ((ext === 'pyc' || ext === 'pyo') && h.length >= 16 && h[2] === 0x0d && h[3] === 0x0a)
        return { kind: 'executable', what: 'Python bytecode' };
    if (isMedia(h))
        return { kind: 'media', what: 'media' };
    const archive = archiveOf(h);
    if (archive)
        return archive === 'ZIP archive' && ext in ZIP_PACKAGES ? { kind: 'executable', what: ZIP_PACKAGES[ext] } : { kind: 'archive', what: archive };
    return null;
}
function isMedia(h) {
    const s = h.toString('latin1', 0, Math.min(12, h.length));
    return (s.startsWith('\x89PNG') || s.startsWith('\xff\xd8\xff') || s.startsWith('GIF8') || s.startsWith('%PDF') ||
        (s.startsWith('RIFF') && (s.slice(8, 12) === 'WEBP' || s.slice(8, 12) === 'WAVE' || s.slice(8, 12) === 'AVI ')) || s.startsWith('wOFF') ||
        s.startsWith('wOF2') || s.startsWith('OggS') || s.startsWith('ID3') || s.startsWith('\x00\x00\x01\x00') ||
        s.startsWith('\x00\x01\x00\x00') || s.startsWith('OTTO') || s.startsWith('fLaC') || s.slice(4, 8) === 'ftyp' || s.startsWith('\x1aE\xdf\xa3') ||
        s.startsWith('II*\x00') || s.startsWith('MM\x00*') || s.startsWith('8BPS'));
}
function archiveOf(h) {
    const s = h.toString('latin1', 0, Math.min(8, h.length));
    if (s.startsWith('PK\x03\x04') || s.startsWith('PK\x05\x06'))
        return 'ZIP archive';
    if (s.startsWith('\x1f\x8b'))
        return 'gzip archive';
    if (s.startsWith('BZh'))
        return 'bzip2 archive';
    if (s.startsWith('\xfd7zXZ'))
        return 'xz archive';
    if (s.startsWith("7z\xbc\xaf'\x1c"))
        return '7-Zip archive';
    if (s.startsWith('Rar!'))
        return 'RAR archive';
    if (s.startsWith('\x28\xb5\x2f\xfd'))
        return 'zstd archive';
    if (h.length >= 262 && h.toString('latin1', 257, 262) === 'ustar')
        return 'tar archive';
    return null;
}

;// CONCATENATED MODULE: ./src/facts/test-folders.ts
// The folders of a repository's tests, by name. Test inputs (testdata/, fixtures/, golden/,
// corpus/, samples/) are data the tests read: a binary there is an input, and a script there is not
// run by the build. The folders of the tests themselves (test/, e2e/, spec/) hold code that runs,
// in the test suite.
/** Folders of test inputs. */
const TEST_INPUT_DIRS = new Set(['testdata', 'test-data', 'test_data', 'fixtures', '__fixtures__', 'testfixtures', 'golden', 'goldens', 'corpus', 'samples']);
/** Folders of tests: their inputs and their code. */
const TEST_DIRS = new Set([...TEST_INPUT_DIRS, 'test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'testing']);
/** True when one of the folders above `path` (not the file itself) has one of these names, in any case. */
function underFolder(path, dirs) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length - 1; i++)
        if (dirs.has(parts[i].toLowerCase()))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/facts/artifacts.ts
// Committed build outputs and binaries (OSPS-QA-05.01, OSPS-QA-05.02), decided by content: the
// structure of each executable format (binary-formats.ts), then git's own test for binary (a NUL
// in the first 8 KiB). A file's name never makes it an executable; binary data kept for tests
// (testdata/, fixtures/, ...) is counted apart from the project's own binaries.


/** Text files by extension are not sniffed: a repository of 100,000 sources must stay fast. */
const TEXT_EXT = new Set(('md markdown mdx txt rst adoc json jsonc json5 yaml yml toml ini cfg conf xml html htm css scss sass less svg csv tsv ' +
    'js mjs cjs jsx ts mts cts tsx vue svelte py pyi rb go rs c h cc cpp cxx hpp hh java kt kts scala groovy gradle cs fs vb ' +
    'swift m mm php pl pm r jl lua sh bash zsh fish ps1 psm1 bat cmd sql graphql gql proto thrift tf hcl nix dart ex exs erl hrl ' +
    'hs elm clj cljs edn lisp el vim cue rego tmpl tpl j2 mustache hbs ejs erb liquid properties env lock mod sum gitignore ' +
    'gitattributes editorconfig dockerignore npmrc nvmrc tex bib org diff patch log in am ac m4 cmake mk make ' +
    // Checksum lists: text by what they are, and one per download of a release. (Not .asc: a
    // binary key named .asc is no rarity, argo-cd has one.)
    'sha1 sha224 sha256 sha384 sha512 md5').split(' '));
const MEDIA_EXT = new Set(('png jpg jpeg gif webp bmp ico icns tif tiff avif heic psd xcf ai eps pdf woff woff2 ttf otf eot mp3 wav ogg flac m4a ' +
    'mp4 webm mov avi mkv').split(' '));
/** A file of the project's tests (an input, or beside the tests' code). */
const inTestData = (path) => underFolder(path, TEST_DIRS);
function gatherArtifacts(snap) {
    const executables = [];
    const binaries = [];
    const testData = [];
    let media = 0;
    let inspected = 0;
    for (const f of snap.files) {
        if (f.kind === 'symlink' || f.kind === 'submodule')
            continue;
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
        const dot = base.lastIndexOf('.');
        const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
        if (TEXT_EXT.has(ext) && f.kind !== 'executable')
            continue;
        inspected++;
        const found = snap.peek(f.path, (head) => classify(head, ext));
        if (found === null || found === 'text')
            continue;
        if (found === 'media')
            media++;
        else if (found.executable)
            executables.push({ path: f.path, what: inTestData(f.path) ? `${found.what}, in a test-data folder` : found.what });
        else if (inTestData(f.path))
            testData.push({ path: f.path, what: found.what });
        else
            binaries.push({ path: f.path, what: found.what });
    }
    return { executables, binaries, testData, media, inspected };
}
function classify(head, ext) {
    if (head.length === 0)
        return 'text';
    const id = identify(head, ext);
    if (id?.kind === 'executable')
        return { executable: true, what: id.what };
    if (id?.kind === 'media')
        return 'media';
    if (id?.kind === 'archive')
        return { executable: false, what: id.what };
    // Shebang scripts and other text: git's test, a NUL in the head.
    if (!head.includes(0))
        return 'text';
    if (MEDIA_EXT.has(ext))
        return 'media';
    return { executable: false, what: 'binary data of no recognised format' };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
var formats_namespaceObject = /*#__PURE__*/__webpack_require__.t(formats, 2);
;// CONCATENATED MODULE: ./src/validators/gemara.js
// Generated by src/dev/compile-schemas.ts from schemas/gemara-common.schema.json, schemas/gemara-threat-catalog.schema.json, schemas/gemara-capability-catalog.schema.json (npm run build). Do not edit.
/* eslint-disable */

const __cjs = (ns) => (ns.default !== undefined && ns.default.__esModule ? ns.default : ns);
const threat = gemara_validate0;
const gemara_schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:security-slam-action:schema:gemara-threat-catalog:1.4.1","title":"Gemara v1.4.1 ThreatCatalog","description":"A set of topically-associated threats, each tied to the system capabilities it affects. Written by hand from the Gemara v1.4.1 CUE definitions. Unique threat and group ids and the rule that each threat's group exists are checked in code. Properties of the shared Catalog are listed again here as `true` so that additionalProperties can close the object.","$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/Catalog","type":"object","properties":{"title":true,"metadata":{"type":"object","properties":{"type":{"const":"ThreatCatalog"}}},"groups":true,"extends":true,"imports":true,"threats":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/Threat"}}},"dependentRequired":{"threats":["groups"]},"additionalProperties":false,"$defs":{"Threat":{"type":"object","required":["id","title","description","group","capabilities"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"group":{"type":"string"},"capabilities":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/MultiEntryMapping"}},"vectors":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/MultiEntryMapping"}},"actors":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/Actor"}}},"additionalProperties":false}}};
const schema2 = {"description":"Fields every catalog has. Open: each concrete catalog closes it by listing these names and setting additionalProperties to false.","type":"object","required":["title","metadata"],"properties":{"title":{"type":"string"},"metadata":{"$ref":"#/$defs/Metadata"},"groups":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/Group"}},"extends":{"type":"array","items":{"$ref":"#/$defs/ArtifactMapping"}},"imports":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/MultiEntryMapping"}}},"dependentSchemas":{"extends":{"type":"object","properties":{"metadata":{"type":"object","required":["mapping-references"]}}},"imports":{"type":"object","properties":{"metadata":{"type":"object","required":["mapping-references"]}}}}};
const schema13 = {"type":"object","required":["id","title","description"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"}},"additionalProperties":false};
const schema14 = {"type":"object","required":["reference-id"],"properties":{"reference-id":{"type":"string"},"remarks":{"type":"string"}},"additionalProperties":false};
const schema3 = {"type":"object","required":["id","type","gemara-version","description","author"],"properties":{"id":{"type":"string"},"type":{"$ref":"#/$defs/ArtifactType"},"gemara-version":{"type":"string"},"version":{"type":"string"},"date":{"$ref":"#/$defs/Datetime"},"description":{"type":"string"},"author":{"$ref":"#/$defs/Actor"},"mapping-references":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/MappingReference"}},"applicability-groups":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/Group"}},"draft":{"type":"boolean"},"lexicon":{"$ref":"#/$defs/ArtifactMapping"}},"additionalProperties":false};
const schema4 = {"enum":["CapabilityCatalog","ControlCatalog","GuidanceCatalog","ThreatCatalog","RiskCatalog","Policy","MappingDocument","Lexicon","EvaluationLog","EnforcementLog","VectorCatalog","PrincipleCatalog","AuditLog"]};
const schema5 = {"description":"RFC 3339 date-time, the CUE layout 2006-01-02T15:04:05Z07:00.","type":"string","format":"date-time"};
const schema12 = {"type":"object","required":["id","title","version"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"version":{"type":"string"},"description":{"type":"string"},"url":{"type":"string","pattern":"^(https?|file)://[^\\s]+$"}},"additionalProperties":false};
const func0 = Object.prototype.hasOwnProperty;
const formats0 = __cjs(formats_namespaceObject).fullFormats["date-time"];
const schema6 = {"$ref":"#/$defs/EntityFields","type":"object","properties":{"contact":{"$ref":"#/$defs/Contact"}},"propertyNames":{"enum":["id","name","type","version","description","uri","contact"]}};
const schema7 = {"description":"Fields of an Entity, open so that Actor and Resource can add their own; each closes itself with propertyNames.","type":"object","required":["id","name","type"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"type":{"$ref":"#/$defs/EntityType"},"version":{"type":"string"},"description":{"type":"string"},"uri":{"$ref":"#/$defs/HttpUri"}}};
const schema8 = {"enum":["Human","Software","Software Assisted"]};
const schema9 = {"type":"string","pattern":"^https?://[^\\s]+$"};
const pattern0 = new RegExp("^https?://[^\\s]+$", "u");

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate5.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(!(((data2 === "Human") || (data2 === "Software")) || (data2 === "Software Assisted"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/EntityType/enum",keyword:"enum",params:{allowedValues: schema8.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.uri !== undefined){
let data5 = data.uri;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err8 = {instancePath:instancePath+"/uri",schemaPath:"#/$defs/HttpUri/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/uri",schemaPath:"#/$defs/HttpUri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate5.errors = vErrors;
return errors === 0;
}
validate5.evaluated = {"props":{"id":true,"name":true,"type":true,"version":true,"description":true,"uri":true},"dynamicProps":false,"dynamicItems":false};

const schema10 = {"type":"object","required":["name"],"properties":{"name":{"type":"string"},"affiliation":{"type":"string"},"email":{"$ref":"#/$defs/Email"},"social":{"type":"string"}},"additionalProperties":false};
const schema11 = {"type":"string","pattern":"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"};
const pattern1 = new RegExp("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$", "u");

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "affiliation")) || (key0 === "email")) || (key0 === "social"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.affiliation !== undefined){
if(typeof data.affiliation !== "string"){
const err3 = {instancePath:instancePath+"/affiliation",schemaPath:"#/properties/affiliation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.email !== undefined){
let data2 = data.email;
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Email/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"},message:"must match pattern \""+"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/$defs/Email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.social !== undefined){
if(typeof data.social !== "string"){
const err6 = {instancePath:instancePath+"/social",schemaPath:"#/properties/social/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate5(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "type")) || (key0 === "version")) || (key0 === "description")) || (key0 === "uri")) || (key0 === "contact"))){
const err0 = {instancePath,schemaPath:"#/propertyNames/enum",keyword:"enum",params:{allowedValues: schema6.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.contact !== undefined){
if(!(validate7(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"props":{"contact":true,"id":true,"name":true,"type":true,"version":true,"description":true,"uri":true},"dynamicProps":false,"dynamicItems":false};

const pattern2 = new RegExp("^(https?|file)://[^\\s]+$", "u");

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data["gemara-version"] === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gemara-version"},message:"must have required property '"+"gemara-version"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.description === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.author === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema3.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!(((((((((((((data1 === "CapabilityCatalog") || (data1 === "ControlCatalog")) || (data1 === "GuidanceCatalog")) || (data1 === "ThreatCatalog")) || (data1 === "RiskCatalog")) || (data1 === "Policy")) || (data1 === "MappingDocument")) || (data1 === "Lexicon")) || (data1 === "EvaluationLog")) || (data1 === "EnforcementLog")) || (data1 === "VectorCatalog")) || (data1 === "PrincipleCatalog")) || (data1 === "AuditLog"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/ArtifactType/enum",keyword:"enum",params:{allowedValues: schema4.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data["gemara-version"] !== undefined){
if(typeof data["gemara-version"] !== "string"){
const err8 = {instancePath:instancePath+"/gemara-version",schemaPath:"#/properties/gemara-version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err9 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.date !== undefined){
let data4 = data.date;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/Datetime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/date",schemaPath:"#/$defs/Datetime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.author !== undefined){
if(!(validate4(data.author, {instancePath:instancePath+"/author",parentData:data,parentDataProperty:"author",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
if(data["mapping-references"] !== undefined){
let data7 = data["mapping-references"];
if(Array.isArray(data7)){
if(data7.length < 1){
const err13 = {instancePath:instancePath+"/mapping-references",schemaPath:"#/properties/mapping-references/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.id === undefined){
const err14 = {instancePath:instancePath+"/mapping-references/" + i0,schemaPath:"#/$defs/MappingReference/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8.title === undefined){
const err15 = {instancePath:instancePath+"/mapping-references/" + i0,schemaPath:"#/$defs/MappingReference/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8.version === undefined){
const err16 = {instancePath:instancePath+"/mapping-references/" + i0,schemaPath:"#/$defs/MappingReference/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data8){
if(!(((((key1 === "id") || (key1 === "title")) || (key1 === "version")) || (key1 === "description")) || (key1 === "url"))){
const err17 = {instancePath:instancePath+"/mapping-references/" + i0,schemaPath:"#/$defs/MappingReference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.id !== undefined){
if(typeof data8.id !== "string"){
const err18 = {instancePath:instancePath+"/mapping-references/" + i0+"/id",schemaPath:"#/$defs/MappingReference/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.title !== undefined){
if(typeof data8.title !== "string"){
const err19 = {instancePath:instancePath+"/mapping-references/" + i0+"/title",schemaPath:"#/$defs/MappingReference/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.version !== undefined){
if(typeof data8.version !== "string"){
const err20 = {instancePath:instancePath+"/mapping-references/" + i0+"/version",schemaPath:"#/$defs/MappingReference/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.description !== undefined){
if(typeof data8.description !== "string"){
const err21 = {instancePath:instancePath+"/mapping-references/" + i0+"/description",schemaPath:"#/$defs/MappingReference/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.url !== undefined){
let data13 = data8.url;
if(typeof data13 === "string"){
if(!pattern2.test(data13)){
const err22 = {instancePath:instancePath+"/mapping-references/" + i0+"/url",schemaPath:"#/$defs/MappingReference/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?|file)://[^\\s]+$"},message:"must match pattern \""+"^(https?|file)://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/mapping-references/" + i0+"/url",schemaPath:"#/$defs/MappingReference/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/mapping-references/" + i0,schemaPath:"#/$defs/MappingReference/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/mapping-references",schemaPath:"#/properties/mapping-references/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data["applicability-groups"] !== undefined){
let data14 = data["applicability-groups"];
if(Array.isArray(data14)){
if(data14.length < 1){
const err26 = {instancePath:instancePath+"/applicability-groups",schemaPath:"#/properties/applicability-groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.id === undefined){
const err27 = {instancePath:instancePath+"/applicability-groups/" + i1,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data15.title === undefined){
const err28 = {instancePath:instancePath+"/applicability-groups/" + i1,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data15.description === undefined){
const err29 = {instancePath:instancePath+"/applicability-groups/" + i1,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data15){
if(!(((key2 === "id") || (key2 === "title")) || (key2 === "description"))){
const err30 = {instancePath:instancePath+"/applicability-groups/" + i1,schemaPath:"#/$defs/Group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.id !== undefined){
if(typeof data15.id !== "string"){
const err31 = {instancePath:instancePath+"/applicability-groups/" + i1+"/id",schemaPath:"#/$defs/Group/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.title !== undefined){
if(typeof data15.title !== "string"){
const err32 = {instancePath:instancePath+"/applicability-groups/" + i1+"/title",schemaPath:"#/$defs/Group/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data15.description !== undefined){
if(typeof data15.description !== "string"){
const err33 = {instancePath:instancePath+"/applicability-groups/" + i1+"/description",schemaPath:"#/$defs/Group/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/applicability-groups/" + i1,schemaPath:"#/$defs/Group/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/applicability-groups",schemaPath:"#/properties/applicability-groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.draft !== undefined){
if(typeof data.draft !== "boolean"){
const err36 = {instancePath:instancePath+"/draft",schemaPath:"#/properties/draft/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.lexicon !== undefined){
let data20 = data.lexicon;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20["reference-id"] === undefined){
const err37 = {instancePath:instancePath+"/lexicon",schemaPath:"#/$defs/ArtifactMapping/required",keyword:"required",params:{missingProperty: "reference-id"},message:"must have required property '"+"reference-id"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data20){
if(!((key3 === "reference-id") || (key3 === "remarks"))){
const err38 = {instancePath:instancePath+"/lexicon",schemaPath:"#/$defs/ArtifactMapping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data20["reference-id"] !== undefined){
if(typeof data20["reference-id"] !== "string"){
const err39 = {instancePath:instancePath+"/lexicon/reference-id",schemaPath:"#/$defs/ArtifactMapping/properties/reference-id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data20.remarks !== undefined){
if(typeof data20.remarks !== "string"){
const err40 = {instancePath:instancePath+"/lexicon/remarks",schemaPath:"#/$defs/ArtifactMapping/properties/remarks/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/lexicon",schemaPath:"#/$defs/ArtifactMapping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema17 = {"type":"object","required":["reference-id","entries"],"properties":{"reference-id":{"type":"string"},"remarks":{"type":"string"},"entries":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/ArtifactMapping"}}},"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate11.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["reference-id"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reference-id"},message:"must have required property '"+"reference-id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.entries === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "reference-id") || (key0 === "remarks")) || (key0 === "entries"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["reference-id"] !== undefined){
if(typeof data["reference-id"] !== "string"){
const err3 = {instancePath:instancePath+"/reference-id",schemaPath:"#/properties/reference-id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.remarks !== undefined){
if(typeof data.remarks !== "string"){
const err4 = {instancePath:instancePath+"/remarks",schemaPath:"#/properties/remarks/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.entries !== undefined){
let data2 = data.entries;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3["reference-id"] === undefined){
const err6 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/$defs/ArtifactMapping/required",keyword:"required",params:{missingProperty: "reference-id"},message:"must have required property '"+"reference-id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "reference-id") || (key1 === "remarks"))){
const err7 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/$defs/ArtifactMapping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3["reference-id"] !== undefined){
if(typeof data3["reference-id"] !== "string"){
const err8 = {instancePath:instancePath+"/entries/" + i0+"/reference-id",schemaPath:"#/$defs/ArtifactMapping/properties/reference-id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.remarks !== undefined){
if(typeof data3.remarks !== "string"){
const err9 = {instancePath:instancePath+"/entries/" + i0+"/remarks",schemaPath:"#/$defs/ArtifactMapping/properties/remarks/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/$defs/ArtifactMapping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}
validate11.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadata === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate3(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data.groups !== undefined){
let data2 = data.groups;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err4 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3.title === undefined){
const err5 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.description === undefined){
const err6 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data3){
if(!(((key0 === "id") || (key0 === "title")) || (key0 === "description"))){
const err7 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.id !== undefined){
if(typeof data3.id !== "string"){
const err8 = {instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"#/$defs/Group/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.title !== undefined){
if(typeof data3.title !== "string"){
const err9 = {instancePath:instancePath+"/groups/" + i0+"/title",schemaPath:"#/$defs/Group/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.description !== undefined){
if(typeof data3.description !== "string"){
const err10 = {instancePath:instancePath+"/groups/" + i0+"/description",schemaPath:"#/$defs/Group/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.extends !== undefined){
let data7 = data.extends;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8["reference-id"] === undefined){
const err13 = {instancePath:instancePath+"/extends/" + i1,schemaPath:"#/$defs/ArtifactMapping/required",keyword:"required",params:{missingProperty: "reference-id"},message:"must have required property '"+"reference-id"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "reference-id") || (key1 === "remarks"))){
const err14 = {instancePath:instancePath+"/extends/" + i1,schemaPath:"#/$defs/ArtifactMapping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8["reference-id"] !== undefined){
if(typeof data8["reference-id"] !== "string"){
const err15 = {instancePath:instancePath+"/extends/" + i1+"/reference-id",schemaPath:"#/$defs/ArtifactMapping/properties/reference-id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.remarks !== undefined){
if(typeof data8.remarks !== "string"){
const err16 = {instancePath:instancePath+"/extends/" + i1+"/remarks",schemaPath:"#/$defs/ArtifactMapping/properties/remarks/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/extends/" + i1,schemaPath:"#/$defs/ArtifactMapping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.imports !== undefined){
let data11 = data.imports;
if(Array.isArray(data11)){
if(data11.length < 1){
const err19 = {instancePath:instancePath+"/imports",schemaPath:"#/properties/imports/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate11(data11[i2], {instancePath:instancePath+"/imports/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/imports",schemaPath:"#/properties/imports/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.extends !== undefined){
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata !== undefined){
let data13 = data.metadata;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13["mapping-references"] === undefined){
const err21 = {instancePath:instancePath+"/metadata",schemaPath:"#/dependentSchemas/extends/properties/metadata/required",keyword:"required",params:{missingProperty: "mapping-references"},message:"must have required property '"+"mapping-references"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/metadata",schemaPath:"#/dependentSchemas/extends/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/dependentSchemas/extends/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid11 = _errs29 === errors;
if(valid11){
var props0 = {};
props0.metadata = true;
props0.title = true;
props0.groups = true;
props0.extends = true;
props0.imports = true;
}
}
else {
var valid11 = true;
}
if(data.imports !== undefined){
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata !== undefined){
let data14 = data.metadata;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14["mapping-references"] === undefined){
const err24 = {instancePath:instancePath+"/metadata",schemaPath:"#/dependentSchemas/imports/properties/metadata/required",keyword:"required",params:{missingProperty: "mapping-references"},message:"must have required property '"+"mapping-references"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/metadata",schemaPath:"#/dependentSchemas/imports/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/dependentSchemas/imports/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid11 = _errs33 === errors;
if(valid11){
if(props0 !== true){
props0 = props0 || {};
props0.metadata = true;
}
}
}
else {
var valid11 = true;
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate2.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate2.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema19 = {"type":"object","required":["id","title","description","group","capabilities"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"group":{"type":"string"},"capabilities":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/MultiEntryMapping"}},"vectors":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/MultiEntryMapping"}},"actors":{"type":"array","minItems":1,"items":{"$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/Actor"}}},"additionalProperties":false};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate15.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["reference-id"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reference-id"},message:"must have required property '"+"reference-id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.entries === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entries"},message:"must have required property '"+"entries"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "reference-id") || (key0 === "remarks")) || (key0 === "entries"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["reference-id"] !== undefined){
if(typeof data["reference-id"] !== "string"){
const err3 = {instancePath:instancePath+"/reference-id",schemaPath:"#/properties/reference-id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.remarks !== undefined){
if(typeof data.remarks !== "string"){
const err4 = {instancePath:instancePath+"/remarks",schemaPath:"#/properties/remarks/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.entries !== undefined){
let data2 = data.entries;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3["reference-id"] === undefined){
const err6 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/$defs/ArtifactMapping/required",keyword:"required",params:{missingProperty: "reference-id"},message:"must have required property '"+"reference-id"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "reference-id") || (key1 === "remarks"))){
const err7 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/$defs/ArtifactMapping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3["reference-id"] !== undefined){
if(typeof data3["reference-id"] !== "string"){
const err8 = {instancePath:instancePath+"/entries/" + i0+"/reference-id",schemaPath:"#/$defs/ArtifactMapping/properties/reference-id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.remarks !== undefined){
if(typeof data3.remarks !== "string"){
const err9 = {instancePath:instancePath+"/entries/" + i0+"/remarks",schemaPath:"#/$defs/ArtifactMapping/properties/remarks/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/entries/" + i0,schemaPath:"#/$defs/ArtifactMapping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/entries",schemaPath:"#/properties/entries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}
validate15.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate5(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(!(((((((key0 === "id") || (key0 === "name")) || (key0 === "type")) || (key0 === "version")) || (key0 === "description")) || (key0 === "uri")) || (key0 === "contact"))){
const err0 = {instancePath,schemaPath:"#/propertyNames/enum",keyword:"enum",params:{allowedValues: schema6.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.contact !== undefined){
if(!(validate7(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}
validate18.evaluated = {"props":{"contact":true,"id":true,"name":true,"type":true,"version":true,"description":true,"uri":true},"dynamicProps":false,"dynamicItems":false};


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.description === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.group === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.capabilities === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capabilities"},message:"must have required property '"+"capabilities"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "title")) || (key0 === "description")) || (key0 === "group")) || (key0 === "capabilities")) || (key0 === "vectors")) || (key0 === "actors"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.group !== undefined){
if(typeof data.group !== "string"){
const err9 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.capabilities !== undefined){
let data4 = data.capabilities;
if(Array.isArray(data4)){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate15(data4[i0], {instancePath:instancePath+"/capabilities/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.vectors !== undefined){
let data6 = data.vectors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err12 = {instancePath:instancePath+"/vectors",schemaPath:"#/properties/vectors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate15(data6[i1], {instancePath:instancePath+"/vectors/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/vectors",schemaPath:"#/properties/vectors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.actors !== undefined){
let data8 = data.actors;
if(Array.isArray(data8)){
if(data8.length < 1){
const err14 = {instancePath:instancePath+"/actors",schemaPath:"#/properties/actors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate18(data8[i2], {instancePath:instancePath+"/actors/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/actors",schemaPath:"#/properties/actors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function gemara_validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:security-slam-action:schema:gemara-threat-catalog:1.4.1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = gemara_validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate2(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "title") || (key0 === "metadata")) || (key0 === "groups")) || (key0 === "extends")) || (key0 === "imports")) || (key0 === "threats"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.metadata !== undefined){
let data0 = data.metadata;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type !== undefined){
if("ThreatCatalog" !== data0.type){
const err1 = {instancePath:instancePath+"/metadata/type",schemaPath:"#/properties/metadata/properties/type/const",keyword:"const",params:{allowedValue: "ThreatCatalog"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.threats !== undefined){
let data2 = data.threats;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/threats",schemaPath:"#/properties/threats/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate14(data2[i0], {instancePath:instancePath+"/threats/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/threats",schemaPath:"#/properties/threats/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.threats !== undefined){
if(data.groups === undefined){
const err5 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "threats",
    missingProperty: "groups",
    depsCount: 1,
    deps: "groups"},message:"must have property groups when property threats is present"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
gemara_validate0.errors = vErrors;
return errors === 0;
}
gemara_validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const capability = validate23;
const schema23 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:security-slam-action:schema:gemara-capability-catalog:1.4.1","title":"Gemara v1.4.1 CapabilityCatalog","description":"A collection of system capabilities (features, components, objects) that threats can refer to. Written by hand from the Gemara v1.4.1 CUE definitions. Unique capability and group ids and the rule that each capability's group exists are checked in code. Properties of the shared Catalog are listed again here as `true` so that additionalProperties can close the object.","$ref":"urn:security-slam-action:schema:gemara-common:1.4.1#/$defs/Catalog","type":"object","properties":{"title":true,"metadata":{"type":"object","properties":{"type":{"const":"CapabilityCatalog"}}},"groups":true,"extends":true,"imports":true,"capabilities":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/Capability"}}},"dependentRequired":{"capabilities":["groups"]},"additionalProperties":false,"$defs":{"Capability":{"type":"object","required":["id","title","description","group"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"group":{"type":"string"}},"additionalProperties":false}}};
const schema27 = {"type":"object","required":["id","title","description","group"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"group":{"type":"string"}},"additionalProperties":false};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metadata === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate3(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
}
if(data.groups !== undefined){
let data2 = data.groups;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err4 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3.title === undefined){
const err5 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.description === undefined){
const err6 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data3){
if(!(((key0 === "id") || (key0 === "title")) || (key0 === "description"))){
const err7 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.id !== undefined){
if(typeof data3.id !== "string"){
const err8 = {instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"#/$defs/Group/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.title !== undefined){
if(typeof data3.title !== "string"){
const err9 = {instancePath:instancePath+"/groups/" + i0+"/title",schemaPath:"#/$defs/Group/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.description !== undefined){
if(typeof data3.description !== "string"){
const err10 = {instancePath:instancePath+"/groups/" + i0+"/description",schemaPath:"#/$defs/Group/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/$defs/Group/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.extends !== undefined){
let data7 = data.extends;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8["reference-id"] === undefined){
const err13 = {instancePath:instancePath+"/extends/" + i1,schemaPath:"#/$defs/ArtifactMapping/required",keyword:"required",params:{missingProperty: "reference-id"},message:"must have required property '"+"reference-id"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "reference-id") || (key1 === "remarks"))){
const err14 = {instancePath:instancePath+"/extends/" + i1,schemaPath:"#/$defs/ArtifactMapping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8["reference-id"] !== undefined){
if(typeof data8["reference-id"] !== "string"){
const err15 = {instancePath:instancePath+"/extends/" + i1+"/reference-id",schemaPath:"#/$defs/ArtifactMapping/properties/reference-id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.remarks !== undefined){
if(typeof data8.remarks !== "string"){
const err16 = {instancePath:instancePath+"/extends/" + i1+"/remarks",schemaPath:"#/$defs/ArtifactMapping/properties/remarks/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/extends/" + i1,schemaPath:"#/$defs/ArtifactMapping/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.imports !== undefined){
let data11 = data.imports;
if(Array.isArray(data11)){
if(data11.length < 1){
const err19 = {instancePath:instancePath+"/imports",schemaPath:"#/properties/imports/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(!(validate11(data11[i2], {instancePath:instancePath+"/imports/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/imports",schemaPath:"#/properties/imports/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.extends !== undefined){
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata !== undefined){
let data13 = data.metadata;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13["mapping-references"] === undefined){
const err21 = {instancePath:instancePath+"/metadata",schemaPath:"#/dependentSchemas/extends/properties/metadata/required",keyword:"required",params:{missingProperty: "mapping-references"},message:"must have required property '"+"mapping-references"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/metadata",schemaPath:"#/dependentSchemas/extends/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/dependentSchemas/extends/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid11 = _errs29 === errors;
if(valid11){
var props0 = {};
props0.metadata = true;
props0.title = true;
props0.groups = true;
props0.extends = true;
props0.imports = true;
}
}
else {
var valid11 = true;
}
if(data.imports !== undefined){
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata !== undefined){
let data14 = data.metadata;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14["mapping-references"] === undefined){
const err24 = {instancePath:instancePath+"/metadata",schemaPath:"#/dependentSchemas/imports/properties/metadata/required",keyword:"required",params:{missingProperty: "mapping-references"},message:"must have required property '"+"mapping-references"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/metadata",schemaPath:"#/dependentSchemas/imports/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/dependentSchemas/imports/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid11 = _errs33 === errors;
if(valid11){
if(props0 !== true){
props0 = props0 || {};
props0.metadata = true;
}
}
}
else {
var valid11 = true;
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate24.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:security-slam-action:schema:gemara-capability-catalog:1.4.1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "title") || (key0 === "metadata")) || (key0 === "groups")) || (key0 === "extends")) || (key0 === "imports")) || (key0 === "capabilities"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.metadata !== undefined){
let data0 = data.metadata;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type !== undefined){
if("CapabilityCatalog" !== data0.type){
const err1 = {instancePath:instancePath+"/metadata/type",schemaPath:"#/properties/metadata/properties/type/const",keyword:"const",params:{allowedValue: "CapabilityCatalog"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.capabilities !== undefined){
let data2 = data.capabilities;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.id === undefined){
const err4 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"#/$defs/Capability/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3.title === undefined){
const err5 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"#/$defs/Capability/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.description === undefined){
const err6 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"#/$defs/Capability/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.group === undefined){
const err7 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"#/$defs/Capability/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "id") || (key1 === "title")) || (key1 === "description")) || (key1 === "group"))){
const err8 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"#/$defs/Capability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.id !== undefined){
if(typeof data3.id !== "string"){
const err9 = {instancePath:instancePath+"/capabilities/" + i0+"/id",schemaPath:"#/$defs/Capability/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.title !== undefined){
if(typeof data3.title !== "string"){
const err10 = {instancePath:instancePath+"/capabilities/" + i0+"/title",schemaPath:"#/$defs/Capability/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.description !== undefined){
if(typeof data3.description !== "string"){
const err11 = {instancePath:instancePath+"/capabilities/" + i0+"/description",schemaPath:"#/$defs/Capability/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.group !== undefined){
if(typeof data3.group !== "string"){
const err12 = {instancePath:instancePath+"/capabilities/" + i0+"/group",schemaPath:"#/$defs/Capability/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/capabilities/" + i0,schemaPath:"#/$defs/Capability/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.capabilities !== undefined){
if(data.groups === undefined){
const err15 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "capabilities",
    missingProperty: "groups",
    depsCount: 1,
    deps: "groups"},message:"must have property groups when property capabilities is present"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// EXTERNAL MODULE: ./src/facts/text.ts
var facts_text = __webpack_require__(3928);
;// CONCATENATED MODULE: ./src/facts/assessment/paths.ts

const MAX_REF_LENGTH = 2000;
/** owner/repo (lower case) from https://github.com/owner/repo(.git), or null. */
function repoSlug(repositoryUrl) {
    if (!repositoryUrl)
        return null;
    const m = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?$/i.exec(repositoryUrl.trim());
    return m ? `${m[1]}/${m[2]}`.toLowerCase() : null;
}
/** Normalises a relative path: drops ./, resolves .., refuses escapes. Null when it leaves the root. */
function normalizeRelative(p, baseDir = '') {
    const parts = (baseDir && !p.startsWith('/') ? `${baseDir}/${p}` : p).split('/');
    const out = [];
    for (const seg of parts) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return null;
            out.pop();
        }
        else
            out.push(seg);
    }
    return out.join('/');
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** True when some file lives under `dir/`. */
function isDirectory(snapshot, dir) {
    if (dir === '')
        return true;
    const prefix = (0,facts_text/* trimEnd */.s8)(dir, '/') + '/';
    return snapshot.files.some((f) => f.path.startsWith(prefix));
}
function localTarget(snapshot, path) {
    if (snapshot.has(path))
        return { kind: 'local', path, exists: true };
    if (isDirectory(snapshot, path))
        return { kind: 'local', path: (0,facts_text/* trimEnd */.s8)(path, '/'), exists: true, directory: true };
    return { kind: 'local', path, exists: false };
}
/**
 * Where a reference points. `baseDir` is the directory of the file that contains a relative
 * reference ('' for the repository root).
 */
function resolveReference(snapshot, raw, repositoryUrl, baseDir = '') {
    const value = raw.trim().slice(0, MAX_REF_LENGTH);
    if (value === '')
        return { kind: 'none' };
    const slug = repoSlug(repositoryUrl);
    // https://github.com/<owner>/<repo>/(blob|tree|raw)/<ref...>/<path>
    const gh = /^https?:\/\/(?:www\.)?github\.com\/([^/]+)\/([^/]+)\/(?:blob|tree|raw)\/([^?#]+)/i.exec(value);
    // https://raw.githubusercontent.com/<owner>/<repo>/<ref...>/<path>
    const raw2 = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/([^?#]+)/i.exec(value);
    const m = gh ?? raw2;
    if (m) {
        const owner = m[1];
        const repo = m[2].replace(/\.git$/i, '');
        if (slug !== null && `${owner}/${repo}`.toLowerCase() !== slug)
            return { kind: 'external', url: value };
        // The ref may contain slashes (feature/x); try each split point, shortest ref first.
        const rest = m[3].split('/').map(safeDecode);
        for (let i = 1; i <= rest.length; i++) {
            const candidate = rest.slice(i).join('/');
            const norm = normalizeRelative(candidate);
            if (norm === null)
                continue;
            if (norm !== '' && (snapshot.has(norm) || isDirectory(snapshot, norm)))
                return localTarget(snapshot, norm);
        }
        const guess = normalizeRelative(rest.slice(1).join('/'));
        if (slug === null)
            return { kind: 'external', url: value };
        return guess === null || guess === '' ? { kind: 'external', url: value } : { kind: 'local', path: guess, exists: false };
    }
    if (/^file:\/\//i.test(value)) {
        const p = safeDecode((0,facts_text/* cutAt */.og)(value.replace(/^file:\/\//i, ''), '?#'));
        // file:///abs/path cannot be trusted to mean this checkout; use it only when it names a repo path.
        const norm = p.startsWith('/') ? normalizeRelative(p) : normalizeRelative(p, baseDir);
        return norm === null || norm === '' ? { kind: 'external', url: value } : localTarget(snapshot, norm);
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(value))
        return { kind: 'external', url: value };
    const p = safeDecode((0,facts_text/* cutAt */.og)(value, '?#'));
    const norm = p.startsWith('/') ? normalizeRelative(p) : normalizeRelative(p, baseDir);
    if (norm === null || norm === '')
        return { kind: 'external', url: value };
    return localTarget(snapshot, norm);
}

;// CONCATENATED MODULE: ./src/facts/assessment/gemara.ts




/** Files parsed looking for catalogs, at most. */
const MAX_GEMARA_FILES = 200;
/** Schema and cross-reference errors kept per catalog. */
const MAX_ERRORS = 50;
const MAX_REFERENCES = 2000;
const MAX_IDS = 2000;
const MAX_ENTRIES_WALKED = 10_000;
/** Largest file parsed as a catalog: the YAML parser takes about a second per MiB. */
const MAX_CATALOG_BYTES = 1024 * 1024;
/** Bytes parsed across all candidate files, at most. */
const MAX_TOTAL_BYTES = 8 * 1024 * 1024;
const SKIP_DIRS = /(^|\/)(node_modules|vendor|third_party|\.git|dist|build|testdata|fixtures?)\//i;
const LOCKFILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|Pipfile\.lock)$/i;
const NAME_HINT = /(threat|gemara|catalog|capabilit)/i;
const DIR_HINT = /^(docs?|security|\.gemara)\//i;
const EXT = /\.(ya?ml|json)$/i;
const gemara_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : null);
function quote(s, max = 80) {
    const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return JSON.stringify(one.length > max ? one.slice(0, max) + '\u2026' : one);
}
/** Parses YAML or JSON text without throwing, with alias expansion and nesting bounded. */
function parseYamlOrJson(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    // The YAML parser is quadratic on deep flow nesting: refused before it runs.
    const depth = (0,parse/* nestingEstimate */.tp)(text);
    if (depth > parse/* MAX_NESTING */.M1)
        return { ok: false, line: 1, column: 1, detail: `nests about ${depth} levels deep (more than ${parse/* MAX_NESTING */.M1}); not parsed` };
    let doc;
    try {
        // Not prettyErrors: it copies the whole line for every error (quadratic on a long line of them).
        doc = (0,parse/* withoutStacks */.G5)(() => (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true }));
    }
    catch (e) {
        return { ok: false, detail: `cannot be parsed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
    }
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const pos = err.pos[0] >= 0 ? lineCounter.linePos(err.pos[0]) : undefined;
        return { ok: false, line: pos?.line, column: pos?.col, detail: `malformed YAML: ${err.message.split('\n')[0].slice(0, 200)}` };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        return { ok: false, detail: `cannot be read as data: ${e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e)}` };
    }
    const lineOf = (path) => {
        for (let n = path.length; n >= 0; n--) {
            let node;
            try {
                node = doc.getIn(path.slice(0, n), true);
            }
            catch {
                node = undefined;
            }
            if ((0,dist/* isNode */.Ll)(node) && node.range)
                return lineCounter.linePos(node.range[0]).line;
        }
        return undefined;
    };
    return { ok: true, file: { data, lineOf } };
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function describeError(e) {
    const at = e.instancePath === '' ? 'the document' : e.instancePath;
    switch (e.keyword) {
        case 'required':
            return `${at} is missing required field ${quote(String(e.params.missingProperty))}`;
        case 'additionalProperties':
            return `${at} has a field the schema does not allow: ${quote(String(e.params.additionalProperty))}`;
        case 'unevaluatedProperties':
            return `${at} has a field the schema does not allow: ${quote(String(e.params.unevaluatedProperty))}`;
        case 'dependentRequired':
            return `${at} must have ${quote(String(e.params.missingProperty))} when it has ${quote(String(e.params.property))}`;
        case 'enum':
            return `${at} must be one of ${(e.params.allowedValues ?? []).map((v) => String(v)).join(', ')}`;
        case 'const':
            return `${at} must be ${quote(String(e.params.allowedValue))}`;
        default:
            return `${at} ${e.message ?? 'is invalid'}`;
    }
}
/** Decides whether parsed data is a Gemara threat or capability catalog. */
function catalogKind(data) {
    if (!gemara_isObj(data))
        return null;
    const meta = data.metadata;
    const type = gemara_isObj(meta) ? meta.type : undefined;
    if (type === 'ThreatCatalog')
        return 'ThreatCatalog';
    if (type === 'CapabilityCatalog')
        return 'CapabilityCatalog';
    if (typeof type === 'string')
        return null;
    const looksLikeEntries = (v) => Array.isArray(v) && v.length > 0 && v.slice(0, 20).some((t) => gemara_isObj(t) && typeof t.id === 'string' && ('title' in t || 'group' in t));
    if (looksLikeEntries(data.threats))
        return 'ThreatCatalog';
    if (looksLikeEntries(data.capabilities))
        return 'CapabilityCatalog';
    return null;
}
/** Validates one catalog: schema, then unique ids and group references (what CUE checks beyond shape). */
function validateCatalog(kind, data, lineOf = () => undefined, path) {
    const errors = [];
    const add = (detail, at) => {
        if (errors.length < MAX_ERRORS)
            errors.push({ severity: 'error', path, line: lineOf(at), detail });
    };
    const v = gemara_namespaceObject[kind === 'ThreatCatalog' ? 'threat' : 'capability'];
    let ok = false;
    try {
        ok = v(data);
    }
    catch (e) {
        add(`could not be validated: ${e instanceof Error ? e.message : String(e)}`, []);
    }
    if (!ok) {
        const seen = new Set();
        for (const e of v.errors ?? []) {
            const detail = describeError(e);
            if (seen.has(detail))
                continue;
            seen.add(detail);
            add(`schema: ${detail}`, pointerToPath(e.instancePath));
        }
    }
    if (!gemara_isObj(data))
        return errors;
    const unique = (list, key) => {
        if (!Array.isArray(list))
            return;
        const ids = new Map();
        list.slice(0, MAX_ENTRIES_WALKED).forEach((item, i) => {
            const id = gemara_isObj(item) ? str(item.id) : null;
            if (id === null)
                return;
            if (ids.has(id))
                add(`duplicate id ${quote(id)} in ${key.join('.')} (first at index ${ids.get(id)})`, [...key, i, 'id']);
            else
                ids.set(id, i);
        });
    };
    const listKey = kind === 'ThreatCatalog' ? 'threats' : 'capabilities';
    unique(data.groups, ['groups']);
    unique(data[listKey], [listKey]);
    if (gemara_isObj(data.metadata)) {
        unique(data.metadata['mapping-references'], ['metadata', 'mapping-references']);
        unique(data.metadata['applicability-groups'], ['metadata', 'applicability-groups']);
    }
    const groupIds = new Set((Array.isArray(data.groups) ? data.groups : []).map((g) => (gemara_isObj(g) ? str(g.id) : null)).filter((g) => g !== null));
    if (Array.isArray(data[listKey])) {
        data[listKey].slice(0, MAX_ENTRIES_WALKED).forEach((item, i) => {
            if (!gemara_isObj(item))
                return;
            const group = str(item.group);
            if (group !== null && !groupIds.has(group)) {
                add(`${listKey}[${i}] (${quote(str(item.id) ?? '?')}) names group ${quote(group)}, which is not among the catalog's groups`, [listKey, i, 'group']);
            }
        });
    }
    return errors;
}
/**
 * Validates one file's text as a Gemara catalog of the given kind (or whatever kind it declares).
 * For tests and for callers that have the text already.
 */
function validateGemaraText(text, expected) {
    const parsed = parseYamlOrJson(text);
    if (!parsed.ok)
        return { kind: null, valid: false, errors: [{ severity: 'error', line: parsed.line, column: parsed.column, detail: parsed.detail }] };
    const kind = expected ?? catalogKind(parsed.file.data);
    if (kind === null)
        return { kind: null, valid: false, errors: [{ severity: 'error', detail: 'not a Gemara ThreatCatalog or CapabilityCatalog' }] };
    const errors = validateCatalog(kind, parsed.file.data, parsed.file.lineOf);
    return { kind, valid: errors.length === 0, errors };
}
/** Candidate files, likely places first. `extra` (e.g. the Security Insights target) goes first of all. */
function candidates(snapshot, extra) {
    const ranked = [];
    for (const f of snapshot.files) {
        if (f.kind === 'submodule')
            continue;
        const p = f.path;
        if (!EXT.test(p) || SKIP_DIRS.test(p) || LOCKFILES.test(p) || p.startsWith('.github/workflows/'))
            continue;
        const base = p.slice(p.lastIndexOf('/') + 1);
        const rank = NAME_HINT.test(base) ? 1 : DIR_HINT.test(p) ? 2 : 3;
        ranked.push([rank, p]);
    }
    ranked.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const list = [...new Set([...extra.filter((p) => EXT.test(p) && snapshot.has(p)), ...ranked.map((r) => r[1])])];
    return { list: list.slice(0, MAX_GEMARA_FILES), truncated: list.length > MAX_GEMARA_FILES };
}
const SNIFF = /ThreatCatalog|CapabilityCatalog|^[ \t]*"?(?:threats|capabilities)"?[ \t]*:/m;
const KIND_NAME = /ThreatCatalog|CapabilityCatalog/;
/** Lines SNIFF accepts for their key; which of them are top-level keys is decided by looksLikeCatalogHead. */
const LIST_KEY_LINE = /^([ \t]*)"?(?:threats|capabilities)"?[ \t]*:/gm;
/**
 * Whether the head of a file (its first 8 KiB, snapshot.readWhen) shows a catalog's own shape,
 * before anything is parsed: the metadata.type a catalog declares (ThreatCatalog or
 * CapabilityCatalog), or a top-level `threats` or `capabilities` key (the list catalogKind looks
 * for when there is no type). Kubernetes manifests hold `capabilities:` too, but nested in a
 * container's securityContext: megabytes of them are read no further than their head.
 */
function looksLikeCatalogHead(head) {
    if (KIND_NAME.test(head))
        return true;
    if (!SNIFF.test(head))
        return false;
    // Where the document starts: the first line that is not blank, a comment, a directive or a document marker.
    let start = 0;
    for (;;) {
        const eol = head.indexOf('\n', start);
        const line = head.slice(start, eol < 0 ? head.length : eol);
        const t = line.trim();
        if (t !== '' && !t.startsWith('#') && !t.startsWith('%') && !t.startsWith('---'))
            break;
        if (eol < 0)
            return false;
        start = eol + 1;
    }
    const indent = head.length - head.slice(start).trimStart().length - start;
    const flow = head.charCodeAt(start + indent) === 0x7b; // '{': JSON, or a YAML flow mapping
    LIST_KEY_LINE.lastIndex = 0;
    for (const m of head.matchAll(LIST_KEY_LINE)) {
        if (m.index < start)
            continue;
        if (flow ? depthAt(head, start + indent, m.index + m[1].length) === 1 : m[1].length === indent)
            return true;
    }
    return false;
}
/**
 * Nesting depth of brackets at `end`, scanning from `from` and skipping quoted strings (JSON and
 * YAML flow). A quote opens a string only where a value or key starts (after { [ , : or at the
 * start), as in YAML, where don't in a plain scalar is no string.
 */
function depthAt(text, from, end) {
    let depth = 0;
    let prev = 0x7b; // the last character that is not a blank
    for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
            continue;
        const opens = prev === 0x7b || prev === 0x5b || prev === 0x2c || prev === 0x3a;
        if (c === 0x22 /* " */ && opens) {
            for (i++; i < end && text.charCodeAt(i) !== 0x22; i++)
                if (text.charCodeAt(i) === 0x5c /* backslash */)
                    i++;
        }
        else if (c === 0x27 /* ' */ && opens) {
            // YAML single quotes: '' inside is a quote.
            for (i++; i < end; i++)
                if (text.charCodeAt(i) === 0x27 && text.charCodeAt(++i) !== 0x27)
                    break;
            i--;
        }
        else if (c === 0x7b || c === 0x5b)
            depth++;
        else if (c === 0x7d || c === 0x5d)
            depth--;
        prev = c;
    }
    return depth;
}
/** Finds, validates and cross-checks Gemara threat and capability catalogs. */
function gatherGemara(snapshot, options = {}) {
    const { list, truncated } = candidates(snapshot, options.extraPaths ?? []);
    const findings = [];
    const loaded = [];
    let filesParsed = 0;
    let totalBytes = 0;
    for (const path of list) {
        // A file named like a catalog, or named by Security Insights, is read whole; any other must
        // show a catalog's shape in its head first.
        const named = NAME_HINT.test(path) || (options.extraPaths ?? []).includes(path);
        const r = named ? snapshot.read(path) : snapshot.readWhen(path, looksLikeCatalogHead);
        if (r === null)
            continue;
        if (!r.ok) {
            if (named)
                findings.push({ severity: 'warning', path, detail: `not read: ${r.reason}` });
            continue;
        }
        if (!SNIFF.test(r.text))
            continue;
        if (r.size > MAX_CATALOG_BYTES || totalBytes + r.size > MAX_TOTAL_BYTES) {
            if (/ThreatCatalog|CapabilityCatalog/.test(r.text) || NAME_HINT.test(path)) {
                findings.push({
                    severity: 'warning',
                    path,
                    detail: r.size > MAX_CATALOG_BYTES ? `not parsed: ${r.size} bytes is over the ${MAX_CATALOG_BYTES}-byte limit for a catalog` : 'not parsed: the total size of catalog files read reached its limit',
                });
            }
            continue;
        }
        totalBytes += r.size;
        filesParsed++;
        const parsed = parseYamlOrJson(r.text);
        if (!parsed.ok) {
            if (/ThreatCatalog|CapabilityCatalog/.test(r.text) || NAME_HINT.test(path)) {
                findings.push({ severity: 'error', path, line: parsed.line, column: parsed.column, detail: `looks like a Gemara catalog but ${parsed.detail}` });
            }
            continue;
        }
        const kind = catalogKind(parsed.file.data);
        if (kind === null)
            continue;
        const data = parsed.file.data;
        const meta = gemara_isObj(data.metadata) ? data.metadata : {};
        const errors = validateCatalog(kind, data, parsed.file.lineOf, path);
        const listKey = kind === 'ThreatCatalog' ? 'threats' : 'capabilities';
        const entries = Array.isArray(data[listKey]) ? data[listKey] : [];
        const catalog = {
            path,
            kind,
            id: str(meta.id),
            title: str(data.title),
            line: parsed.file.lineOf(gemara_isObj(data.metadata) ? ['metadata', 'type'] : [listKey]),
            valid: errors.length === 0,
            errors,
            entryCount: entries.length,
        };
        if (kind === 'CapabilityCatalog') {
            catalog.capabilityIds = entries
                .slice(0, MAX_IDS)
                .map((c) => (gemara_isObj(c) ? str(c.id) : null))
                .filter((c) => c !== null);
        }
        loaded.push({ catalog, data, file: parsed.file });
    }
    const capabilityCatalogs = loaded.filter((l) => l.catalog.kind === 'CapabilityCatalog');
    for (const l of loaded) {
        if (l.catalog.kind === 'ThreatCatalog')
            resolveCapabilities(snapshot, l, capabilityCatalogs, findings, options.repositoryUrl);
    }
    return {
        threatCatalogs: loaded.filter((l) => l.catalog.kind === 'ThreatCatalog').map((l) => l.catalog),
        capabilityCatalogs: capabilityCatalogs.map((l) => l.catalog),
        findings,
        filesParsed,
        truncated,
    };
}
function resolveCapabilities(snapshot, threat, capCatalogs, findings, repositoryUrl) {
    const { data, file, catalog } = threat;
    const path = catalog.path;
    const baseDir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const meta = gemara_isObj(data.metadata) ? data.metadata : {};
    const mappingRefs = new Map();
    if (Array.isArray(meta['mapping-references'])) {
        for (const m of meta['mapping-references'])
            if (gemara_isObj(m) && typeof m.id === 'string' && !mappingRefs.has(m.id))
                mappingRefs.set(m.id, m);
    }
    const resolved = new Map();
    const resolveCatalog = (referenceId, at) => {
        const hit = resolved.get(referenceId);
        if (hit)
            return hit;
        const mr = mappingRefs.get(referenceId);
        let found = null;
        const url = mr ? str(mr.url) ?? undefined : undefined;
        if (!mr) {
            findings.push({ severity: 'warning', path, line: file.lineOf(at), detail: `capability reference-id ${quote(referenceId)} is not declared in metadata.mapping-references` });
        }
        if (url) {
            const t = resolveReference(snapshot, url, repositoryUrl, baseDir);
            if (t.kind === 'local')
                found = capCatalogs.find((c) => c.catalog.path === t.path) ?? null;
        }
        if (!found) {
            const byId = capCatalogs.filter((c) => c.catalog.id === referenceId);
            found = byId.find((c) => c.catalog.valid) ?? byId[0] ?? null;
        }
        if (!found) {
            findings.push({
                severity: 'error',
                path,
                line: file.lineOf(at),
                detail: `threats reference capability catalog ${quote(referenceId)}${url ? ` (${quote(url, 120)})` : ''}, but no CapabilityCatalog with that metadata.id was found in the repository`,
            });
        }
        const entry = { loaded: found, url };
        resolved.set(referenceId, entry);
        return entry;
    };
    const refs = [];
    let missingReported = 0;
    const threats = Array.isArray(data.threats) ? data.threats.slice(0, MAX_ENTRIES_WALKED) : [];
    let walked = 0;
    threats.forEach((t, i) => {
        if (!gemara_isObj(t) || !Array.isArray(t.capabilities))
            return;
        const threatId = str(t.id) ?? `threats[${i}]`;
        t.capabilities.forEach((m, j) => {
            if (!gemara_isObj(m) || typeof m['reference-id'] !== 'string' || !Array.isArray(m.entries))
                return;
            const referenceId = m['reference-id'];
            const target = resolveCatalog(referenceId, ['threats', i, 'capabilities', j, 'reference-id']);
            m.entries.forEach((e, k) => {
                if (++walked > MAX_ENTRIES_WALKED)
                    return;
                if (!gemara_isObj(e) || typeof e['reference-id'] !== 'string')
                    return;
                const capabilityId = e['reference-id'];
                const ids = target.loaded?.catalog.capabilityIds;
                const found = ids !== undefined && ids.includes(capabilityId);
                const line = file.lineOf(['threats', i, 'capabilities', j, 'entries', k, 'reference-id']);
                if (refs.length < MAX_REFERENCES) {
                    refs.push({ threatId, referenceId, capabilityId, line, catalogPath: target.loaded?.catalog.path ?? null, found });
                }
                if (target.loaded && !found && missingReported < MAX_ERRORS) {
                    missingReported++;
                    findings.push({
                        severity: 'error',
                        path,
                        line,
                        detail: `threat ${quote(threatId)} references capability ${quote(capabilityId)}, which ${target.loaded.catalog.path} (${quote(referenceId)}) does not define`,
                    });
                }
            });
        });
    });
    catalog.capabilityReferences = refs;
    catalog.referencedCatalogs = [...resolved.entries()].map(([referenceId, r]) => ({
        referenceId,
        catalogPath: r.loaded?.catalog.path ?? null,
        ...(r.url ? { url: r.url } : {}),
    }));
}

// EXTERNAL MODULE: ./src/facts/placeholder.ts
var placeholder = __webpack_require__(2902);
;// CONCATENATED MODULE: ./src/facts/markdown.ts
// A small Markdown outline reader: headings with the size of their sections, links and
// e-mail addresses, with line numbers. Enough to tell "a section that tells the reader how"
// from a bare mention, in time linear in the document.


const MAX_HEADINGS = 10_000;
const MAX_LINKS = 10_000;
/** Characters of a line read, at most; the converters of other formats (restructuredtext.ts, asciidoc.ts) cut their lines alike. */
const MAX_LINE = 10_000;
/**
 * The fence the converters of other formats write around the code they find: a run of tildes
 * longer than any fence a converted code line is likely to hold, so only their own line closes it.
 */
const CONVERTED_FENCE = '~~~~~~~~~~';
const BODY_SAMPLE = 1500;
const CODE_SAMPLE = 800;
/** Total sample characters kept per document, so that 5,000 headings cannot cost much memory. */
const SAMPLE_BUDGET = 512 * 1024;
const MAX_TIMEFRAMES = 200;
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety';
const TIMEFRAME_RE = new RegExp(`\\b(?:\\d{1,4}|${NUMBER_WORDS})(?:\\s*(?:-|to|\u2013)\\s*(?:\\d{1,4}|${NUMBER_WORDS}))?[\\s-]+(?:business[\\s-]+|working[\\s-]+|calendar[\\s-]+)?(?:hours?|days?|weeks?|months?)\\b`, 'gi');
/** Longest link text and target read. */
const MAX_LINK_TEXT = 300;
const MAX_LINK_TARGET = 2000;
const BARE_URL_RE = /(?<![(<"'=\w])(https?:\/\/[^\s)<>\]"'`]{3,2000})/g;
const EMAIL_RE = /(?<![\w.+-])([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24})(?![\w-])/g;
const HTML_HEADING_RE = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i;
const FENCE_RE = /^\s{0,3}(`{3,}|~{3,})/;
const SETEXT_RE = /^\s{0,3}(=+|-+)\s*$/;
// Cheap tests that let most lines skip an expression that could not match them (same results).
/** Whether a line's first character after up to three blanks (as \s counts them) is ` or ~: FENCE_RE can match only then. */
function mayOpenFence(line) {
    for (let i = 0; i < line.length && i < 4; i++) {
        const c = line.charCodeAt(i);
        if (c === 0x60 || c === 0x7e)
            return true;
        if (!(0,facts_text/* isSpace */.xC)(c))
            return false;
    }
    return false;
}
/** Whether a line's first character that is not \s is = or -: SETEXT_RE can match only then. */
function mayUnderline(line) {
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === 0x3d || c === 0x2d)
            return true;
        if (!(0,facts_text/* isSpace */.xC)(c))
            return false;
    }
    return false;
}
/**
 * Reads a document's outline. The headings, their sections and the prose are read at once; the
 * links, e-mail addresses, placeholders and timeframes are read from the same lines when first
 * asked for (most documents of a large docs/ tree are searched for a section, not for links).
 */
function parseMarkdown(text) {
    const lines = splitLines(text);
    const headings = [];
    let inFence = null;
    let proseChars = 0;
    let budget = SAMPLE_BUDGET;
    /** Lines of prose (not code, not a heading, not blank): where links, addresses and timeframes are. */
    const prose = [];
    const addBody = (h, text, lineNo) => {
        if (h.body.length >= BODY_SAMPLE || budget <= 0)
            return;
        const piece = (0,facts_text/* collapseBlanks */.JE)(text);
        if (!piece)
            return;
        const add = (h.body ? ' ' : '') + piece.slice(0, BODY_SAMPLE - h.body.length);
        h.bodyLines.push(h.body.length + (h.body ? 1 : 0), lineNo);
        h.body += add;
        budget -= add.length;
    };
    const addCode = (h, text) => {
        if (h.code.length >= CODE_SAMPLE || budget <= 0)
            return;
        const piece = (0,facts_text/* collapseBlanks */.JE)(text);
        if (!piece)
            return;
        const add = (h.code ? ' ' : '') + piece.slice(0, CODE_SAMPLE - h.code.length);
        h.code += add;
        budget -= add.length;
    };
    let current = null;
    let lead = '';
    let leadLine = 0;
    const leadLines = [];
    const bodies = [];
    const openHeading = (level, raw, lineNo) => {
        if (headings.length >= MAX_HEADINGS)
            return;
        const h = { level, text: cleanHeading(raw), line: lineNo, ownChars: 0, sectionChars: 0, linkListOnly: false, body: '', bodyLines: [], code: '' };
        headings.push(h);
        current = { h, linkLines: 0, otherLines: 0 };
        bodies.push(current);
    };
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (line.length > MAX_LINE)
            line = line.slice(0, MAX_LINE);
        const lineNo = i + 1;
        const fence = mayOpenFence(line) ? FENCE_RE.exec(line) : null;
        if (inFence !== null) {
            if (fence && fence[1][0] === inFence[0] && fence[1].length >= inFence.length)
                inFence = null;
            else if (current !== null)
                addCode(current.h, line);
            continue;
        }
        if (fence) {
            inFence = fence[1];
            continue;
        }
        const atx = atxHeading(line);
        if (atx) {
            openHeading(atx.level, atx.text, lineNo);
            continue;
        }
        const html = line.includes('<') ? HTML_HEADING_RE.exec(line) : null;
        if (html) {
            openHeading(Number(html[1]), stripTags(html[2]), lineNo);
            continue;
        }
        const next = lines[i + 1];
        if (next !== undefined && mayUnderline(next) && line.trim() !== '' && SETEXT_RE.test(next) && !/^\s*([-*+]|\d+\.)\s/.test(line)) {
            openHeading(next.trim()[0] === '=' ? 1 : 2, line, lineNo);
            i++;
            continue;
        }
        const chars = (0,facts_text/* nonBlankChars */.lN)(line);
        if (chars === 0)
            continue;
        prose.push(i);
        proseChars += chars;
        if (current === null && lead.length < BODY_SAMPLE) {
            const piece = (0,facts_text/* collapseBlanks */.JE)(line);
            if (leadLine === 0)
                leadLine = lineNo;
            leadLines.push(lead.length + (lead ? 1 : 0), lineNo);
            lead = (lead ? `${lead} ${piece}` : piece).slice(0, BODY_SAMPLE);
        }
        if (current !== null) {
            const c = current;
            const ticks = line.includes('`');
            if (c.h.body.length < BODY_SAMPLE && budget > 0)
                addBody(c.h, ticks ? line.replace(/`[^`]*`/g, ' ') : line, lineNo);
            if (ticks)
                for (const m of line.matchAll(/`([^`]{1,200})`/g))
                    addCode(c.h, m[1]);
            c.h.ownChars += chars;
            if (line.includes('](') && (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line) || ISSUE_ITEM.test(line)))
                c.linkLines++;
            else
                c.otherLines++;
        }
    }
    for (const b of bodies) {
        b.h.linkListOnly = b.linkLines > 0 && b.otherLines === 0;
        const why = (0,placeholder/* templateReason */.b)(b.h.body);
        if (why) {
            b.h.template = why;
            proseChars -= b.h.ownChars;
        }
    }
    // Section sizes: a heading's own chars plus those of every deeper heading that follows it.
    const stack = [];
    for (const h of headings) {
        while (stack.length > 0 && stack[stack.length - 1].level >= h.level)
            stack.pop();
        // Template text is not the project's words: it adds nothing to its section or the ones above.
        const own = h.template === undefined ? h.ownChars : 0;
        for (const parent of stack)
            parent.sectionChars += own;
        h.sectionChars += own;
        stack.push(h);
    }
    const leadTemplate = lead ? (0,placeholder/* templateReason */.b)(lead) : null;
    const leadSection = lead
        ? { level: 0, text: '', line: leadLine, ownChars: lead.length, sectionChars: lead.length, linkListOnly: false, body: lead, bodyLines: leadLines, code: '', ...(leadTemplate ? { template: leadTemplate } : {}) }
        : undefined;
    return withProseReaders({ headings, lineCount: lines.length, proseChars, lead, leadLine, ...(leadSection ? { leadSection } : {}) }, text, Uint32Array.from(prose));
}
/**
 * The outline with its lazy readers of the prose lines. They keep only the text (which the snapshot
 * keeps anyway) and the prose line numbers, in a typed array: a document's split lines and the
 * parse's working state are dropped at once instead of living, and being copied by the garbage
 * collector, for the whole run (15% of the parse time over argo-cd's 330 Markdown files).
 */
function withProseReaders(base, text, prose) {
    let found = null;
    let timeframes = null;
    const find = () => (found ??= findInProse(splitLines(text), prose));
    return {
        ...base,
        proseBefore(line, column, chars) {
            const lines = splitLines(text);
            const own = (lines[line - 1] ?? '').slice(0, Math.max(0, column - 1));
            const parts = [own];
            let size = own.length;
            // The prose lines before it (prose holds line indices in order), back to its section's heading.
            let stop = -1;
            for (const h of base.headings)
                if (h.line - 1 < line - 1)
                    stop = h.line - 1;
            for (let k = upperBound(prose, line - 2); k >= 0 && prose[k] > stop && size < chars; k--) {
                parts.unshift(lines[prose[k]]);
                size += lines[prose[k]].length + 1;
            }
            const joined = parts.join(' ');
            return joined.length > chars ? joined.slice(joined.length - chars) : joined;
        },
        get links() {
            return find().links;
        },
        get emails() {
            return find().emails;
        },
        // Only a security policy's timeframes are asked for: a pass of their own, not one with every link.
        get timeframes() {
            return (timeframes ??= findTimeframes(splitLines(text), prose));
        },
        get placeholders() {
            return find().placeholders;
        },
    };
}
/** The index of the last entry of a sorted array that is at most `value`, or -1. */
function upperBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] <= value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}
/** A document's lines, as every reader of this room splits them (CRLF, CR and LF). */
function splitLines(text) {
    return text.split(/\r\n|\r|\n/);
}
/** Periods of time stated in the prose lines, in line order. */
function findTimeframes(lines, prose) {
    const timeframes = [];
    for (const i of prose) {
        if (timeframes.length >= MAX_TIMEFRAMES)
            break;
        let line = lines[i];
        if (line.length > MAX_LINE)
            line = line.slice(0, MAX_LINE);
        if (!/\b(hours?|days?|weeks?|months?)\b/i.test(line))
            continue;
        for (const m of line.matchAll(TIMEFRAME_RE)) {
            if (timeframes.length >= MAX_TIMEFRAMES)
                break;
            timeframes.push({ text: m[0], line: i + 1, column: (m.index ?? 0) + 1 });
        }
    }
    return timeframes;
}
/** Links and e-mail addresses (placeholders set apart) of the prose lines, in line order. */
function findInProse(lines, prose) {
    const links = [];
    const emails = [];
    const placeholders = [];
    const { defs, at: definitionLines } = definitions(lines, prose);
    // A link whose text wraps onto the next line ("[security\nprocess](https://...)"), as wrapped prose often has.
    let openLink = null;
    let previous = -2;
    for (const i of prose) {
        let line = lines[i];
        if (line.length > MAX_LINE)
            line = line.slice(0, MAX_LINE);
        const lineNo = i + 1;
        // Only the line just before may open a link that this line closes.
        const prevOpen = previous === i - 1 ? openLink : null;
        previous = i;
        if (links.length < MAX_LINKS) {
            const before = links.length;
            if (prevOpen !== null)
                collectWrappedLink(prevOpen, line, links);
            // A definition is not shown to a reader: its target is a link where a reference uses it.
            if (!definitionLines.has(i))
                collectLinks(line, lineNo, links, defs);
            if (links.length > before)
                keepReal(links, before, (l) => l.target, placeholders);
        }
        openLink = unclosedLinkText(line, lineNo);
        if (emails.length < MAX_LINKS && line.includes('@')) {
            const before = emails.length;
            collectEmails(line, lineNo, emails);
            if (emails.length > before)
                keepReal(emails, before, (e) => e.address, placeholders);
        }
    }
    return { links, emails, placeholders };
}
/**
 * An ATX heading (`## Title ##`): up to three leading blanks, one to six `#`, then blank or the
 * end of the line; a closing run of `#` after a blank is not part of the text. Read by hand: as one
 * expression (/^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/) a heading padded with 8,000 blanks
 * before its last word took minutes.
 */
function atxHeading(line) {
    let i = 0;
    while (i < 3 && i < line.length && isBlank(line.charCodeAt(i)))
        i++;
    let level = 0;
    while (i + level < line.length && line.charCodeAt(i + level) === 35 /* # */)
        level++;
    if (level < 1 || level > 6)
        return null;
    const after = i + level;
    if (after < line.length && !isBlank(line.charCodeAt(after)))
        return null;
    let text = line.slice(after).trim();
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 35)
        end--;
    // `## Title ##` and `## ##` close; `## C#` keeps its '#'.
    if (end === 0 || (end < text.length && isBlank(text.charCodeAt(end - 1))))
        text = text.slice(0, end).trim();
    return { level, text };
}
function isBlank(code) {
    return code === 32 || code === 9 || code === 11 || code === 12 || code === 13 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}
/** Text without its HTML tags (`a <b>bold</b> word` -> `a bold word`), in one pass. */
function stripTags(s) {
    if (!s.includes('<'))
        return s;
    let out = '';
    let i = 0;
    while (i < s.length) {
        const open = s.indexOf('<', i);
        if (open < 0)
            break;
        const close = s.indexOf('>', open + 1);
        // An unclosed '<' is text, and so is everything after it.
        if (close < 0)
            break;
        out += s.slice(i, open);
        i = close + 1;
    }
    return out + s.slice(i);
}
/** Markdown links replaced by their text (`[guide](docs/x.md)` -> `guide`), in one pass. */
function linkTexts(s) {
    if (!s.includes(']('))
        return s;
    let out = '';
    let i = 0;
    for (;;) {
        const mid = s.indexOf('](', i);
        if (mid < 0)
            break;
        const close = s.indexOf(')', mid + 2);
        // No ')' after this '](' means none after any later one either.
        if (close < 0)
            break;
        // The '[' that opens the text: the nearest before the '](' with no ']' between, after what was read.
        let open = mid - 1;
        while (open >= i && s[open] !== '[' && s[open] !== ']')
            open--;
        if (open < i || s[open] !== '[') {
            out += s.slice(i, mid + 2);
            i = mid + 2;
            continue;
        }
        out += s.slice(i, open) + s.slice(open + 1, mid);
        i = close + 1;
    }
    return out + s.slice(i);
}
/** Moves the placeholders among `list[from..]` (added by the current line) to `out`. */
function keepReal(list, from, text, out) {
    let w = from;
    for (let r = from; r < list.length; r++) {
        const x = list[r];
        const reason = (0,placeholder/* placeholderReason */.E)(text(x));
        if (reason === null)
            list[w++] = x;
        else if (out.length < MAX_LINKS)
            out.push({ text: text(x).slice(0, 200), reason, line: x.line, column: x.column });
    }
    list.length = w;
}
/**
 * A list item that starts with a link to an issue, a pull request or a merge request, whatever
 * follows it ("- [#2142](https://github.com/o/r/issues/2142) - Feature: assess the threat model"):
 * a work item, planned or done elsewhere, not a statement of the section's own.
 */
const ISSUE_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]{0,300}\]\(https?:\/\/[^\s()]{1,300}?\/(?:issues|pull|pulls|merge_requests)\/\d+(?:[#?][^\s()]{0,200})?\)/;
function cleanHeading(raw) {
    return linkTexts(stripTags(raw))
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300);
}
function collectLinks(line, lineNo, out, defs = NO_DEFINITIONS) {
    for (const l of inlineLinks(line)) {
        // Images are not links: a badge's image URL is not where it leads.
        if (l.index > 0 && line[l.index - 1] === '!')
            continue;
        // A linked image (a badge), `[![alt](image)](target)` or `[![alt](image)][label]`, is a link to `target` with the alt text.
        if (l.text.startsWith('![')) {
            const target = (targetAt(line, l.end) ?? referenceAfter(line, l.end, defs))?.target ?? null;
            if (target !== null)
                out.push({ text: l.text.slice(2).trim(), target, line: lineNo, column: l.index + 1, image: true });
            continue;
        }
        out.push({ text: l.text, target: l.target, line: lineNo, column: l.index + 1 });
    }
    if (defs.size > 0)
        for (const l of referenceLinks(line, defs))
            out.push({ text: l.text, target: l.target, line: lineNo, column: l.index + 1, ...(l.image ? { image: true } : {}) });
    for (const l of autolinks(line))
        out.push({ text: l.target, target: l.target, line: lineNo, column: l.index + 1 });
    if (line.includes('<a') || line.includes('<A'))
        for (const l of htmlAnchors(line))
            out.push({ text: l.text, target: l.target, line: lineNo, column: l.index + 1, ...(l.image ? { image: true } : {}) });
    if (line.includes('://'))
        for (const m of line.matchAll(BARE_URL_RE)) {
            const target = (0,facts_text/* trimEnd */.s8)(m[1], '.,;:!?');
            out.push({ text: target, target, line: lineNo, column: (m.index ?? 0) + 1 });
        }
}
/**
 * The end of the run of characters from `from` that `inRun` accepts. A run that started earlier
 * ends at the same place, so each run is read once however many links start inside it.
 */
class RunEnds {
    start = -1;
    end = -1;
    text;
    inRun;
    constructor(text, inRun) {
        this.text = text;
        this.inRun = inRun;
    }
    from(i) {
        if (i >= this.start && i < this.end)
            return this.end;
        let e = i;
        while (e < this.text.length && this.inRun(this.text[e]))
            e++;
        if (e > i) {
            this.start = i;
            this.end = e;
        }
        return e;
    }
}
const isBlankChar = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || (c > '\x7f' && c.trim() === '');
const inTarget = (c) => c !== ')' && c !== '>' && !isBlankChar(c);
/** The '[' that opens a link text ending at `close`: the nearest one back, within MAX_LINK_TEXT and not before `from`, with no ']' between; -1 when there is none. */
function textOpen(line, close, from) {
    for (let i = close - 1; i >= from && i >= close - 1 - MAX_LINK_TEXT; i--) {
        if (line[i] === ']')
            return -1;
        if (line[i] === '[')
            return i;
    }
    return -1;
}
/**
 * Inline links `[text](target "title")` of a line, left to right, as the expression
 * /\[([^\]]{0,300})\]\(\s*<?([^)\s>]{1,2000})>?(?:\s+"[^"]*")?\s*\)/g finds them, but in linear
 * time: that expression read up to 2,000 characters again from every '[' of a line such as
 * `[a](` repeated.
 */
function inlineLinks(line, max = Number.MAX_SAFE_INTEGER) {
    const out = [];
    const targets = new RunEnds(line, inTarget);
    // What follows a target that ends at a given place: the end of the link, or -1.
    const closeAt = new Map();
    let from = 0;
    while (out.length < max) {
        const mid = line.indexOf('](', from);
        if (mid < 0)
            break;
        // The text: back to the nearest '[' ("[[site](u)]" links "site"), or the '[' before a '!['
        // that opens a linked image ("[![alt](image)](target)").
        const nearest = textOpen(line, mid, from);
        const open = nearest >= from + 2 && line[nearest - 1] === '!' && line[nearest - 2] === '[' ? nearest - 2 : nearest;
        let p = mid + 2;
        while (p < line.length && isBlankChar(line[p]))
            p++;
        if (line[p] === '<')
            p++;
        const e = targets.from(p);
        let end = -1;
        if (open >= 0 && e > p && e - p <= MAX_LINK_TARGET) {
            let cached = closeAt.get(e);
            if (cached === undefined) {
                cached = linkClose(line, e);
                closeAt.set(e, cached);
            }
            end = cached;
        }
        if (end < 0) {
            from = mid + 1;
            continue;
        }
        out.push({ text: line.slice(open + 1, mid).trim(), target: line.slice(p, e), index: open, end });
        from = end;
    }
    return out;
}
// ---- Reference links: `[text][label]`, `[label][]`, `[label]`, with `[label]: target` anywhere in the document ----
const NO_DEFINITIONS = new Map();
/** Characters of a label, at most (CommonMark allows 999). */
const MAX_LABEL = 200;
/** Definitions kept per document, and reference links found per line, at most. */
const MAX_DEFINITIONS = 2000;
const markdown_MAX_REFERENCES = 200;
/** A label as CommonMark matches it: case and runs of white space do not matter. */
function normLabel(raw) {
    return raw.trim().split(/[ \t]+/).join(' ').toLowerCase();
}
/** A link reference definition (`[label]: target`, up to three spaces before it), or null. Read by hand: linear. */
function definitionOf(line) {
    let i = 0;
    while (i < 3 && line[i] === ' ')
        i++;
    if (line[i] !== '[')
        return null;
    const close = line.indexOf(']', i + 1);
    if (close < 0 || close - i - 1 > MAX_LABEL || line[close + 1] !== ':')
        return null;
    const raw = line.slice(i + 1, close);
    if (raw.includes('[') || raw.trim() === '' || raw.startsWith('^'))
        return null; // [^1]: a footnote
    const d = destinationAt(line, close + 2);
    return d === null ? null : { label: normLabel(raw), target: line.slice(d.start, d.end) };
}
const NO_LINES = new Set();
/** The document's definitions, by label (the first definition of a label wins, as in CommonMark), and the lines they are on. */
function definitions(lines, prose) {
    let defs = null;
    let at = null;
    for (const i of prose) {
        const line = lines[i];
        if (!line.includes(']:'))
            continue;
        const d = definitionOf(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
        if (d === null)
            continue;
        defs ??= new Map();
        (at ??= new Set()).add(i);
        if (!defs.has(d.label))
            defs.set(d.label, d.target);
        if (defs.size >= MAX_DEFINITIONS)
            break;
    }
    return { defs: defs ?? NO_DEFINITIONS, at: at ?? NO_LINES };
}
/** `[label]` or `[]` right at `at` (after a link's text), resolved: its target and where it ends; null otherwise. */
function referenceAfter(line, at, defs, text = '') {
    if (defs.size === 0 || line[at] !== ']' || line[at + 1] !== '[')
        return null;
    const close = line.indexOf(']', at + 2);
    if (close < 0 || close - at - 2 > MAX_LABEL)
        return null;
    const raw = line.slice(at + 2, close);
    if (raw.includes('['))
        return null;
    const target = defs.get(normLabel(raw.trim() === '' ? text : raw));
    return target === undefined ? null : { target, end: close + 1 };
}
/**
 * The reference links of a line whose labels are defined: full `[text][label]`, collapsed
 * `[text][]` and shortcut `[text]` (not followed by `(`, `[` or `:`), and the linked image
 * `[![alt][image]][label]`. An image reference alone (`![alt][image]`) is not a link. Each ']' is
 * looked at once and the text reaches back at most MAX_LINK_TEXT characters: linear.
 */
function referenceLinks(line, defs) {
    const out = [];
    let from = 0;
    while (out.length < markdown_MAX_REFERENCES) {
        const close = line.indexOf(']', from);
        if (close < 0)
            break;
        const open = textOpen(line, close, from);
        const next = line[close + 1];
        // A '[' right after ']' is the label of a reference (or of a linked image) read with its text.
        if (open < 0 || next === '(' || next === ':' || (open > 0 && line[open - 1] === ']')) {
            from = close + 1;
            continue;
        }
        const text = line.slice(open + 1, close);
        let target;
        let end = close + 1;
        if (next === '[') {
            const r = referenceAfter(line, close, defs, text);
            if (r === null) {
                from = close + 1;
                continue;
            }
            target = r.target;
            end = r.end;
        }
        else {
            target = defs.get(normLabel(text));
        }
        if (target === undefined) {
            from = close + 1;
            continue;
        }
        if (open > 0 && line[open - 1] === '!') {
            // An image: a link only as the text of an outer link, `[![alt][image]][label]` or `[![alt][image]](target)`.
            const outer = open >= 2 && line[open - 2] === '[' ? (referenceAfter(line, end, defs) ?? targetAt(line, end)) : null;
            if (outer !== null)
                out.push({ text: text.trim(), target: outer.target, index: open - 2, end: outer.end, image: true });
            from = outer?.end ?? end;
            continue;
        }
        out.push({ text: text.trim(), target, index: open, end });
        from = end;
    }
    return out;
}
/** A link's destination from `from` (after blanks and an optional '<'): where it starts and ends, or null. */
function destinationAt(line, from) {
    let p = from;
    while (p < line.length && isBlankChar(line[p]))
        p++;
    if (line[p] === '<')
        p++;
    let e = p;
    while (e < line.length && e - p <= MAX_LINK_TARGET && inTarget(line[e]))
        e++;
    return e === p || e - p > MAX_LINK_TARGET ? null : { start: p, end: e };
}
/** The target of `](target)` at `at` (what follows a linked image's image), and where the link ends; or null. One link: linear. */
function targetAt(line, at) {
    if (!line.startsWith('](', at))
        return null;
    const d = destinationAt(line, at + 2);
    const end = d === null ? -1 : linkClose(line, d.end);
    return d === null || end < 0 ? null : { target: line.slice(d.start, d.end), end };
}
/** After a link's target: an optional '>', an optional "title", blanks and ')'. The index after ')' or -1. */
function linkClose(line, at) {
    let q = at;
    if (line[q] === '>')
        q++;
    let w = q;
    while (w < line.length && isBlankChar(line[w]))
        w++;
    if (w > q && line[w] === '"') {
        const quote = line.indexOf('"', w + 1);
        if (quote >= 0) {
            let r = quote + 1;
            while (r < line.length && isBlankChar(line[r]))
                r++;
            if (line[r] === ')')
                return r + 1;
        }
    }
    return line[w] === ')' ? w + 1 : -1;
}
/** Autolinks `<https://\u2026>` and `<mailto:\u2026>` of a line, in linear time. */
function autolinks(line) {
    const out = [];
    const runs = new RunEnds(line, (c) => c !== '>' && !isBlankChar(c));
    let from = 0;
    for (;;) {
        const open = line.indexOf('<', from);
        if (open < 0)
            break;
        from = open + 1;
        const scheme = /^(?:https?|mailto):/.exec(line.slice(open + 1, open + 9));
        if (!scheme)
            continue;
        const start = open + 1 + scheme[0].length;
        const e = runs.from(start);
        if (e === start || e - start > MAX_LINK_TARGET || line[e] !== '>')
            continue;
        out.push({ target: line.slice(open + 1, e), text: '', index: open, end: e + 1 });
        from = e + 1;
    }
    return out;
}
/**
 * HTML anchors of a line, `<a href="target">text</a>`, as READMEs often write their badges
 * (`<a href="https://pypi.org/project/black/"><img alt="PyPI" src="..."></a>`): the anchor's text,
 * or the alt text of the image it holds (a linked image). An anchor closed on a later line has no
 * text here. Each '<a' is looked at once: linear.
 */
function htmlAnchors(line) {
    const out = [];
    const lower = line.toLowerCase();
    let from = 0;
    let closed = true;
    while (out.length < markdown_MAX_REFERENCES) {
        const open = lower.indexOf('<a', from);
        if (open < 0)
            break;
        from = open + 2;
        if (!isBlankChar(line[open + 2] ?? ''))
            continue;
        const tagEnd = line.indexOf('>', open + 2);
        if (tagEnd < 0)
            break;
        from = tagEnd + 1;
        const target = attribute(line.slice(open + 2, tagEnd), 'href');
        if (target === null || target === '' || target.length > MAX_LINK_TARGET)
            continue;
        // No '</a>' after this anchor means none after a later one either: look once.
        const close = closed ? lower.indexOf('</a>', tagEnd + 1) : -1;
        if (close < 0)
            closed = false;
        const inner = close < 0 ? '' : line.slice(tagEnd + 1, close);
        let text = stripTags(inner).replace(/\s+/g, ' ').trim();
        let image = false;
        if (text === '' && inner.toLowerCase().includes('<img')) {
            text = attribute(inner.slice(inner.toLowerCase().indexOf('<img') + 4), 'alt') ?? '';
            image = true;
        }
        const end = close < 0 ? tagEnd + 1 : close + 4;
        out.push({ text: text.slice(0, MAX_LINK_TEXT), target, index: open, end, ...(image ? { image } : {}) });
        from = end;
    }
    return out;
}
/** The value of an HTML attribute in a tag's text (quoted or bare), or null. Linear. */
function attribute(tag, name) {
    const lower = tag.toLowerCase();
    let at = lower.indexOf(`${name}=`);
    // The name must start an attribute: `data-href=` is not `href=`.
    while (at > 0 && !isBlankChar(lower[at - 1]))
        at = lower.indexOf(`${name}=`, at + 1);
    if (at < 0)
        return null;
    const p = at + name.length + 1;
    const q = tag[p];
    if (q === '"' || q === "'") {
        const e = tag.indexOf(q, p + 1);
        return e < 0 ? null : tag.slice(p + 1, e).trim();
    }
    let e = p;
    while (e < tag.length && !isBlankChar(tag[e]) && tag[e] !== '>')
        e++;
    return tag.slice(p, e);
}
/** The text after a line's last `[` that no `]` closes, when the link's text may go on on the next line. */
function unclosedLinkText(line, lineNo) {
    const i = line.lastIndexOf('[');
    if (i < 0 || line.indexOf(']', i) >= 0 || line.length - i > 300)
        return null;
    return { text: line.slice(i), line: lineNo, column: i + 1 };
}
/** A link opened on the previous line and closed on this one; reported at the line and column where it starts. */
function collectWrappedLink(open, line, out) {
    const first = inlineLinks(`${open.text} ${line}`, 1)[0];
    if (first && first.index === 0)
        out.push({ text: first.text.replace(/\s+/g, ' ').trim(), target: first.target, line: open.line, column: open.column });
}
function collectEmails(line, lineNo, out) {
    for (const m of line.matchAll(EMAIL_RE))
        out.push({ address: m[1], line: lineNo, column: (m.index ?? 0) + 1 });
}
/**
 * The first heading whose text matches `pattern` and whose section tells the reader something
 * (at least `minChars` of prose, not just a table of contents).
 */
function findSection(outline, pattern, minChars = 40) {
    return outline.headings.find((h) => pattern.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars) && h.template === undefined);
}
/** The line a piece of a heading's body text comes from (the heading's own line when unknown). */
function bodyLineOf(h, text) {
    const at = h.body.indexOf(text.slice(0, 60));
    if (at < 0)
        return h.line;
    let line = h.line;
    for (let i = 0; i < h.bodyLines.length; i += 2) {
        if (h.bodyLines[i] > at)
            break;
        line = h.bodyLines[i + 1];
    }
    return line;
}

;// CONCATENATED MODULE: ./src/facts/asciidoc.ts
// AsciiDoc, read by the Markdown outline reader, as reStructuredText is (restructuredtext.ts):
// each line of an .adoc file is rewritten, line for line, into the Markdown that means the same to
// the outline. Section titles (`== Title`) become ATX headings, listing and literal blocks
// (`----`, `....`) fenced blocks, `https://host/path[text]`, `link:target[text]` and
// `mailto:address[text]` Markdown links; comments, attribute entries and block attributes are blank
// lines. Java and Red Hat projects (Strimzi, Keycloak, Quarkus) keep their guides in AsciiDoc.
// Linear: each line is read a bounded number of times.


const MAX_TARGET = 2000;
const MAX_TEXT = 300;
/** A delimiter line: four or more of one block character, and what the block is. */
function delimiter(line) {
    const t = (0,facts_text/* trimEnd */.s8)(line, ' \t');
    if (t.length < 4 || !'-.+/=*_'.includes(t[0]))
        return null;
    for (let i = 1; i < t.length; i++)
        if (t[i] !== t[0])
            return null;
    return { ch: t[0], len: t.length };
}
/** A section title `== Title` (one to six `=`, then a blank): its level and text; null otherwise. */
function sectionTitle(line) {
    let n = 0;
    while (n < line.length && line[n] === '=')
        n++;
    if (n < 1 || n > 6 || (line[n] !== ' ' && line[n] !== '\t'))
        return null;
    const text = line.slice(n).trim();
    return text === '' ? null : { level: n, text };
}
/** Macros that link: a URL followed by `[text]`, `link:target[text]`, `mailto:address[text]`. */
const MACRO_START = /(?:https?:\/\/|link:|mailto:)/g;
/**
 * A line's links as Markdown, in one pass: `https://host/path[text]` -> `[text](https://host/path)`,
 * `link:docs/x.adoc[text]` -> `[text](docs/x.adoc)`; cross references (`<<id,text>>`, `xref:x[text]`)
 * become their text. A target ends at a blank or `[`; a text at the first `]`.
 */
function asciidoc_inlineLinks(line) {
    if (!line.includes('[') && !line.includes('<<'))
        return line;
    let out = '';
    let from = 0;
    MACRO_START.lastIndex = 0;
    for (let m = MACRO_START.exec(line); m !== null; m = MACRO_START.exec(line)) {
        const start = m.index;
        if (start < from)
            continue;
        let e = start + m[0].length;
        while (e < line.length && e - start <= MAX_TARGET && line[e] !== '[' && line[e] !== ' ' && line[e] !== '\t')
            e++;
        if (line[e] !== '[')
            continue;
        const close = line.indexOf(']', e + 1);
        if (close < 0 || close - e > MAX_TEXT)
            continue;
        let target = line.slice(start, e);
        if (target.startsWith('link:'))
            target = target.slice(5);
        const text = line.slice(e + 1, close).split(',')[0].replace(/^"|"$/g, '').trim() || target;
        out += `${line.slice(from, start)}[${text}](${target})`;
        from = close + 1;
        MACRO_START.lastIndex = from;
    }
    out += line.slice(from);
    return crossReferences(out);
}
/** `<<id,text>>` and `xref:target[text]` as their text (a reference inside the document or the site). */
function crossReferences(line) {
    let s = line;
    if (s.includes('<<')) {
        let out = '';
        let from = 0;
        for (let open = s.indexOf('<<'); open >= 0; open = s.indexOf('<<', from)) {
            const close = s.indexOf('>>', open + 2);
            if (close < 0 || close - open > MAX_TEXT)
                break;
            const inner = s.slice(open + 2, close);
            const comma = inner.indexOf(',');
            out += s.slice(from, open) + (comma >= 0 ? inner.slice(comma + 1).trim() : inner);
            from = close + 2;
        }
        s = out + s.slice(from);
    }
    if (s.includes('xref:')) {
        let out = '';
        let from = 0;
        for (let at = s.indexOf('xref:'); at >= 0; at = s.indexOf('xref:', from)) {
            const open = s.indexOf('[', at);
            const close = open < 0 ? -1 : s.indexOf(']', open);
            if (close < 0 || open - at > MAX_TARGET)
                break;
            out += s.slice(from, at) + (s.slice(open + 1, close).trim() || s.slice(at + 5, open));
            from = close + 1;
        }
        s = out + s.slice(from);
    }
    return s;
}
/** Rewrites an AsciiDoc document into Markdown with the same lines (see the file's head). */
function asciidocToMarkdown(text) {
    const lines = splitLines(text);
    const out = new Array(lines.length).fill('');
    /** The delimiter that opened the verbatim or comment block the line is in, if any. */
    let open = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].length > MAX_LINE ? lines[i].slice(0, MAX_LINE) : lines[i];
        const d = delimiter(line);
        if (open !== null) {
            if (d !== null && d.ch === open.ch && d.len === open.len) {
                if (open.ch !== '/')
                    out[i] = CONVERTED_FENCE;
                open = null;
            }
            else if (open.ch !== '/')
                out[i] = line;
            continue;
        }
        if (d !== null) {
            // Listing, literal and passthrough blocks are code; a comment block says nothing; example,
            // sidebar, quote and open blocks hold prose, their delimiters nothing.
            if (d.ch === '-' || d.ch === '.' || d.ch === '+') {
                open = d;
                out[i] = CONVERTED_FENCE;
            }
            else if (d.ch === '/')
                open = d;
            continue;
        }
        if (line.startsWith('//'))
            continue; // a line comment
        // An open block's `--` would underline the line before it in Markdown.
        if ((0,facts_text/* trimEnd */.s8)(line, ' \t') === '--')
            continue;
        const title = line.startsWith('=') ? sectionTitle(line) : null;
        if (title) {
            out[i] = `${'#'.repeat(title.level)} ${asciidoc_inlineLinks(title.text)}`;
            continue;
        }
        const t = line.trim();
        // Attribute entries (`:toc: left`), block attributes and anchors (`[source,bash]`, `[[id]]`), and a block's title (`.Title`) are not prose.
        if ((t.startsWith(':') && t.indexOf(':', 1) > 1 && /^:!?[\w-]+!?:/.test(t)) || (t.startsWith('[') && t.endsWith(']') && !t.includes('](')))
            continue;
        if (t.length > 1 && t[0] === '.' && t[1] !== '.' && t[1] !== ' ') {
            out[i] = t.slice(1);
            continue;
        }
        out[i] = asciidoc_inlineLinks(line);
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/facts/restructuredtext.ts
// reStructuredText, read by the Markdown outline reader. Python projects (Sphinx) and many others
// keep their contributing guide, security policy and user guides in .rst: read as Markdown, their
// section titles (underlined with ~ ^ " or overlined), `text <url>`_ links and `::` literal blocks
// were invisible. Each line is rewritten, line for line, into the Markdown that means the same to
// the outline: a section title becomes an ATX heading, a literal block or code directive a fenced
// block, a hyperlink a Markdown link, a comment or a markup-only directive a blank line. Line
// numbers stay those of the .rst file. Linear: each line is read a bounded number of times.


const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
/** Directives whose body is code. */
const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode', 'prompt', 'parsed-literal', 'doctest', 'testcode', 'testoutput', 'testsetup', 'console', 'ipython', 'jupyter-execute', 'command-output', 'program-output']);
/** Directives whose argument is prose (an admonition's title or first words). */
const PROSE_ARGUMENT = new Set(['note', 'warning', 'tip', 'important', 'attention', 'caution', 'danger', 'error', 'hint', 'seealso', 'admonition', 'versionadded', 'versionchanged', 'deprecated', 'topic', 'sidebar', 'rubric', 'centered']);
/** Directives that are markup only: their line and body say nothing to a reader of the source as prose (a table of contents, an image, an include). */
const MARKUP_ONLY = new Set(['toctree', 'image', 'figure', 'include', 'literalinclude', 'raw', 'contents', 'meta', 'highlight', 'index', 'tabularcolumns', 'currentmodule', 'module', 'sectionauthor', 'codeauthor', 'graphviz', 'mermaid', 'uml', 'plantuml', 'autosummary', 'automodule', 'autoclass', 'autofunction', 'autoexception', 'autodata', 'automethod', 'autoattribute', 'autoprogram', 'click', 'argparse', 'default-role', 'role', 'title', 'header', 'footer', 'sectnum', 'target-notes', 'class']);
/** Roles whose text is code. */
const CODE_ROLES = new Set(['code', 'command', 'file', 'samp', 'program', 'kbd', 'envvar', 'option', 'makevar', 'literal', 'mimetype']);
/** The character of a line that is one punctuation character repeated from column 0 (trailing blanks allowed), and how many; null otherwise. */
function adornment(line) {
    const t = (0,facts_text/* trimEnd */.s8)(line, ' \t');
    if (t.length === 0 || !PUNCTUATION.includes(t[0]))
        return null;
    for (let i = 1; i < t.length; i++)
        if (t[i] !== t[0])
            return null;
    return { ch: t[0], len: t.length };
}
function indentOf(line) {
    let i = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t'))
        i++;
    return i;
}
const isBlankLine = (line) => line === undefined || indentOf(line) === line.length;
/** An underline or overline long enough for a title of this text (docutils warns when shorter; three characters always do). */
const longEnough = (adorn, title) => adorn.len >= 3 || adorn.len >= title.trim().length;
/**
 * The end of an indented body that starts after line `from`: the index of the first non-blank line
 * indented `base` or less (or the line count). `indents` holds each line's indentation, -1 for a
 * blank line. Callers move past the body, so that no line is scanned for more than one body.
 */
function bodyEnd(indents, from, base) {
    let e = from + 1;
    while (e < indents.length && (indents[e] < 0 || indents[e] > base))
        e++;
    return e;
}
function explicitMarkup(rest) {
    // `.. _label: target`, `.. _`label: with colon`: target`, `.. __: target` (anonymous).
    if (rest.startsWith('_')) {
        let label;
        let after;
        if (rest[1] === '`') {
            const close = rest.indexOf('`', 2);
            if (close < 0 || rest[close + 1] !== ':')
                return { kind: 'other' };
            label = rest.slice(2, close);
            after = close + 2;
        }
        else {
            const colon = rest.indexOf(':');
            if (colon < 0)
                return { kind: 'other' };
            label = rest.slice(1, colon);
            after = colon + 1;
        }
        const target = rest.slice(after).trim();
        return label === '_' || label === '' ? { kind: 'other' } : { kind: 'target', label, target };
    }
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        return close < 0 ? { kind: 'other' } : { kind: 'footnote', text: rest.slice(close + 1).trim() };
    }
    if (rest.startsWith('|'))
        return { kind: 'other' }; // a substitution definition
    const sep = rest.indexOf('::');
    if (sep > 0 && sep <= 60) {
        const name = rest.slice(0, sep);
        if (/^[A-Za-z][\w.+:-]*$/.test(name)) {
            const local = name.slice(name.lastIndexOf(':') + 1).toLowerCase();
            return { kind: 'directive', name: local, argument: rest.slice(sep + 2).trim() };
        }
    }
    return { kind: 'other' };
}
/**
 * Rewrites a reStructuredText document into Markdown with the same lines: what parseMarkdown needs
 * to outline it as it outlines a Markdown file.
 */
function restructuredToMarkdown(text) {
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++)
        if (lines[i].length > MAX_LINE)
            lines[i] = lines[i].slice(0, MAX_LINE);
    const out = new Array(lines.length).fill('');
    const indents = Int32Array.from(lines, (l) => (isBlankLine(l) ? -1 : indentOf(l)));
    const labels = new Set();
    for (const line of lines) {
        const t = line.trimStart();
        if (t.startsWith('.. _')) {
            const e = explicitMarkup(t.slice(3));
            if (e.kind === 'target' && e.target !== '')
                labels.add(e.label.toLowerCase());
        }
    }
    const styles = [];
    const levelOf = (style) => {
        let k = styles.indexOf(style);
        if (k < 0)
            k = styles.push(style) - 1;
        return Math.min(k + 1, 6);
    };
    const carries = new Map();
    const prose = (i, line, from = 0) => {
        const carry = carries.get(i);
        carries.delete(i);
        return inlineMarkup(lines, i, line, carry?.resume ?? from, carry?.prefix ?? '', labels, carries);
    };
    /** Lines from..end-1 as a fenced code block whose opening fence is on line `open` (blank or markup). */
    const fence = (open, end) => {
        out[open] = CONVERTED_FENCE;
        for (let k = open + 1; k < end; k++)
            out[k] = lines[k];
        // Closed on the block's last line: the blank line before the text comes back (or, when there is
        // none, the last line of code, lost). A block that runs to the end needs no close.
        if (end < lines.length && end - 1 > open)
            out[end - 1] = CONVERTED_FENCE;
    };
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        if (indents[i] < 0) {
            i++;
            continue;
        }
        const indent = indents[i];
        // `::` alone is the expanded form of a literal block's marker, not a two-character adornment.
        const over = (0,facts_text/* trimEnd */.s8)(line, ' \t') === '::' ? null : adornment(line);
        // An overlined title: adornment, title (may be inset), the same adornment.
        if (over !== null && i + 2 < lines.length) {
            const under = adornment(lines[i + 2]);
            const title = lines[i + 1];
            if (under !== null && under.ch === over.ch && !isBlankLine(title) && adornment(title) === null && longEnough(over, title)) {
                out[i + 1] = `${'#'.repeat(levelOf(`o${over.ch}`))} ${prose(i + 1, title.trim())}`;
                i += 3;
                continue;
            }
        }
        // An underlined title: unindented text at the start of a block, then the adornment.
        if (over === null && indent === 0 && i + 1 < lines.length && (i === 0 || indents[i - 1] < 0) && !line.startsWith('..')) {
            const under = adornment(lines[i + 1]);
            if (under !== null && longEnough(under, line)) {
                out[i] = `${'#'.repeat(levelOf(`u${under.ch}`))} ${prose(i, line.trim())}`;
                i += 2;
                continue;
            }
        }
        // A transition, a table border or a stray adornment: not prose.
        if (over !== null) {
            i++;
            continue;
        }
        const trimmed = line.slice(indent);
        if (trimmed === '..' || trimmed.startsWith('.. ')) {
            const e = explicitMarkup(trimmed.slice(3).trimStart());
            if (e.kind === 'directive' && !CODE_DIRECTIVES.has(e.name) && !MARKUP_ONLY.has(e.name)) {
                if (PROSE_ARGUMENT.has(e.name) && e.argument !== '')
                    out[i] = prose(i, e.argument);
                // The body is prose, read line by line after the options that open it.
                let k = i + 1;
                while (k < lines.length && indents[k] > indent && lines[k].trimStart().startsWith(':'))
                    k++;
                i = k;
                continue;
            }
            if (e.kind === 'footnote') {
                out[i] = ' '.repeat(indent) + prose(i, e.text);
                i++;
                continue;
            }
            // Below, the line's indented body is skipped as a whole: each line is scanned for one body only.
            const end = bodyEnd(indents, i, indent);
            if (e.kind === 'target') {
                // A named hyperlink target is a Markdown definition; an internal target or an alias says nothing.
                if (e.target !== '' && !e.target.endsWith('_'))
                    out[i] = `[${e.label}]: ${e.target}`;
                i = end;
                continue;
            }
            if (e.kind === 'directive' && CODE_DIRECTIVES.has(e.name))
                fence(i, end);
            // A code or markup-only directive, or a comment, with its indented body.
            i = end;
            continue;
        }
        // A paragraph ending in `::` introduces the indented literal block after the blank line that follows.
        const body = (0,facts_text/* trimEnd */.s8)(line, ' \t');
        if (body.endsWith('::') && i + 1 < lines.length && indents[i + 1] < 0) {
            let first = i + 1;
            while (first < lines.length && indents[first] < 0)
                first++;
            const end = bodyEnd(indents, i, indent);
            const marker = body === ' '.repeat(indent) + '::' ? '' : body.endsWith(' ::') ? body.slice(0, -3) : body.slice(0, -1);
            out[i] = marker === '' ? '' : prose(i, marker);
            if (first < lines.length && indents[first] > indent) {
                fence(i + 1, end);
                i = end;
            }
            else
                i++;
            continue;
        }
        // An indented run of = or - would underline the line before it in Markdown: not prose here.
        if (adornment(trimmed) === null)
            out[i] = prose(i, line);
        i++;
    }
    return out.join('\n');
}
/** The role that ends `s` (`:doc:`, `:py:class:` -> 'class'), and where it starts; null when none. */
function roleAtEnd(s) {
    if (!s.endsWith(':'))
        return null;
    let j = s.length - 2;
    while (j >= 0 && s.length - j < 60 && (/[\w.+-]/.test(s[j]) || s[j] === ':'))
        j--;
    let start = j + 1;
    while (start < s.length - 1 && s[start] !== ':')
        start++;
    if (start >= s.length - 1)
        return null;
    const inner = s.slice(start + 1, -1);
    const role = inner.slice(inner.lastIndexOf(':') + 1).toLowerCase();
    return role === '' ? null : { role, start };
}
/** `text <target>` split into its parts; the whole as both when there is no target. */
function splitTarget(s) {
    const t = s.trim();
    if (t.endsWith('>')) {
        const lt = t.lastIndexOf('<');
        if (lt >= 0)
            return { text: t.slice(0, lt).trim(), target: t.slice(lt + 1, -1).trim() };
    }
    return { text: t, target: null };
}
/** Interpreted text, a role or a hyperlink reference, as Markdown. */
function rendered(role, span, suffix) {
    const { text, target } = splitTarget(span);
    const shown = (text || target || '').replace(/^[~!]/, '');
    if (role !== null) {
        if (role === 'doc' && !(target ?? text).startsWith('/'))
            return `[${shown}](${target ?? text}.rst)`;
        return CODE_ROLES.has(role) ? `\`${shown}\`` : shown;
    }
    if (suffix === '')
        return shown;
    if (target === null)
        return `[${text}]`;
    if (target.endsWith('_'))
        return `[${shown}][${target.slice(0, -1)}]`;
    return `[${shown}](${target})`;
}
/**
 * A line's inline markup as Markdown, from `from` (after a span carried from the line before),
 * `prefix` first: ``literal`` -> `literal`, `text <url>`_ -> [text](url), `label`_ and label_ ->
 * [label], :role:`text` -> its text. Interpreted text that goes on to the next line is carried
 * there (`carries`), as wrapped prose often has it.
 */
function inlineMarkup(lines, i, line, from, prefix, labels, carries) {
    if (!line.includes('`') && !line.includes('_') && from === 0 && prefix === '')
        return line;
    let out = prefix;
    let plainStart = from;
    let p = from;
    while (p < line.length) {
        const c = line[p];
        if (c === '\\' && p + 1 < line.length) {
            out += line[p + 1];
            p += 2;
            continue;
        }
        if (c === '_' && labels.size > 0 && (p + 1 >= line.length || !/[\w-]/.test(line[p + 1]))) {
            // A simple reference (`CONTRIBUTING_`) to a target this document defines.
            let ws = p;
            while (ws > plainStart && p - ws < 100 && /[\w.-]/.test(line[ws - 1]))
                ws--;
            const word = line.slice(ws, p);
            if (word !== '' && labels.has(word.toLowerCase()) && out.endsWith(word)) {
                out = `${out.slice(0, out.length - word.length)}[${word}]`;
                p++;
                continue;
            }
        }
        if (c !== '`') {
            // Plain text up to the next character that may start markup, copied at once.
            let q = p + 1;
            while (q < line.length && line[q] !== '`' && line[q] !== '_' && line[q] !== '\\')
                q++;
            out += line.slice(p, q);
            p = q;
            continue;
        }
        if (line[p + 1] === '`') {
            const close = line.indexOf('``', p + 2);
            if (close < 0) {
                // A literal that goes on to the next line: plain text on both (a code span does not wrap).
                const next = lines[i + 1];
                const end = next === undefined || isBlankLine(next) ? -1 : next.indexOf('``');
                out += line.slice(p + 2);
                if (end >= 0)
                    carries.set(i + 1, { prefix: next.slice(0, end), resume: end + 2 });
                break;
            }
            out += `\`${line.slice(p + 2, close)}\``;
            p = close + 2;
            plainStart = p;
            continue;
        }
        const r = roleAtEnd(out);
        const role = r?.role ?? null;
        if (r)
            out = out.slice(0, r.start);
        const close = line.indexOf('`', p + 1);
        if (close >= 0) {
            let q = close + 1;
            const suffix = line[q] === '_' ? (line[q + 1] === '_' ? '__' : '_') : '';
            q += suffix.length;
            out += rendered(role, line.slice(p + 1, close), suffix);
            p = q;
            plainStart = p;
            continue;
        }
        // Interpreted text that goes on to the next line: found there, or the backquote is text.
        const next = lines[i + 1];
        const end = next === undefined || isBlankLine(next) ? -1 : next.indexOf('`');
        if (end < 0 || next[end + 1] === '`') {
            out += line.slice(p + 1);
            break;
        }
        const suffix = next[end + 1] === '_' ? (next[end + 2] === '_' ? '__' : '_') : '';
        const head = line.slice(p + 1);
        const tail = next.slice(0, end);
        const whole = rendered(role, `${head} ${tail}`, suffix);
        const resume = end + 1 + suffix.length;
        if (whole.startsWith('[') && whole.includes('](') && !head.includes('<')) {
            // A link whose target is on the next line: its text opens here and closes there, as wrapped Markdown does.
            const tailText = splitTarget(`${head} ${tail}`).text.slice(head.trim().length).trim();
            out += `[${head.trim()}`;
            carries.set(i + 1, { prefix: `${tailText}${whole.slice(whole.indexOf(']('))}`, resume });
        }
        else {
            out += whole;
            carries.set(i + 1, { prefix: '', resume });
        }
        break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/facts/outlines.ts
// One outline per document per run: the facts that read the same document (the project's
// documents, the links they follow, a self-assessment) share its read and its parse. A
// reStructuredText or AsciiDoc file is outlined as the Markdown its lines mean
// (restructuredtext.ts, asciidoc.ts).



const RESTRUCTURED = /\.(rst|rest)$/i;
const ASCIIDOC = /\.(adoc|asciidoc)$/i;
/** The Markdown a document's text means to the outline reader, by its file name. */
function asMarkdown(path, text) {
    if (RESTRUCTURED.test(path))
        return restructuredToMarkdown(text);
    return ASCIIDOC.test(path) ? asciidocToMarkdown(text) : text;
}
const outlines = new WeakMap();
/** A file read through the snapshot and outlined, once per snapshot; or why it could not be read. */
function readOutline(snap, path) {
    const r = snap.read(path);
    if (!r.ok)
        return r;
    let byPath = outlines.get(snap);
    if (!byPath)
        outlines.set(snap, (byPath = new Map()));
    let outline = byPath.get(path);
    if (!outline)
        byPath.set(path, (outline = parseMarkdown(asMarkdown(path, r.text))));
    return { ok: true, text: r.text, outline };
}

;// CONCATENATED MODULE: ./src/facts/assessment/self-assessment-sections.json
const self_assessment_sections_namespaceObject = /*#__PURE__*/JSON.parse('{"lL":3,"CO":40,"Ns":0.5,"V0":[{"id":"metadata","title":"Metadata","required":true,"match":"^(project )?metadata$"},{"id":"security-links","title":"Security links","required":false,"parent":"metadata","match":"^security (links|documentation)$"},{"id":"overview","title":"Overview","required":true,"match":"^(project )?overview$"},{"id":"background","title":"Background","required":true,"parent":"overview","match":"^background$"},{"id":"actors","title":"Actors","required":true,"parent":"overview","match":"^(system )?actors$"},{"id":"actions","title":"Actions","required":true,"parent":"overview","match":"^actions$"},{"id":"goals","title":"Goals","required":true,"parent":"overview","match":"^(security )?goals$"},{"id":"non-goals","title":"Non-goals","required":true,"parent":"overview","match":"^(security )?non[- ]?goals$"},{"id":"self-assessment-use","title":"Self-assessment use","required":true,"match":"^(self[- ]?assessment|assessment) use$"},{"id":"security-functions","title":"Security functions and features","required":true,"match":"^security functions( and features)?$"},{"id":"project-compliance","title":"Project compliance","required":false,"match":"^(project )?compliance$"},{"id":"secure-development","title":"Secure development practices","required":true,"match":"^secure development( practices)?$"},{"id":"issue-resolution","title":"Security issue resolution","required":true,"match":"^security (issue|incident) resolution$"},{"id":"appendix","title":"Appendix","required":true,"match":"^appendix$"}]}');
;// CONCATENATED MODULE: ./src/facts/assessment/template-fingerprint.json
const template_fingerprint_namespaceObject = /*#__PURE__*/JSON.parse('{"RY":["0031e407","0036fd9e","004f6b90","005dc756","00be58c8","00ccc575","0100de7e","013bc688","018973bf","033ec055","037580b4","038b8110","03a35b1b","03af4329","04718f81","047332b8","04a20fab","04ac38f6","04bdfec9","04fcf0f5","054167e4","0589c89c","05bf4994","060fa694","062c9302","071e13f0","0739d8e5","076e3bae","07ae7700","07c555de","081e6268","081ebe79","08270b38","0833d3c2","084668d9","08d6fd3c","095e5bb1","097ed0ed","09973970","0a266f26","0a78fe9f","0b012083","0b0c105b","0b6b8e7b","0c59e3f4","0cc1890f","0cd2f8d7","0dec53c5","0e171476","0ed479a7","0f48d94f","0f554aac","1048a717","10a0d003","115645bc","117aa495","11acb187","12bcd1e3","12ddc027","13620c59","13a70aed","13b26cfa","13d5b815","13e8055e","14052327","1419dfd2","1459a9e3","148dfcbb","14928572","14b91aa2","14c130ca","1518fc4b","15a92ab8","162d5156","168ed8e8","16da2492","17328bfb","176a3021","183ec94b","185dc388","18aa8b0f","18e49318","18e98769","1912a649","1948f530","1985342d","19d6eb54","1a5e8734","1ab2b7ff","1b15eb8a","1b1961be","1b75ce03","1baae98b","1bdd92ee","1be224cd","1bfbc5a2","1c368fbb","1c62c4db","1cf4688e","1d0bb5e4","1d174d55","1d385bdb","1d5b0453","1dbb8345","1de35174","1e97367c","1ef9a59b","1efb73b2","1f7abc34","202e0ab1","20400467","204c2bb1","208f4794","20cbc1c8","2160698d","217f95d7","21a768fd","21cb61a2","21cdfe7a","21e42c2a","21eb22a4","21ed65a0","21f07e38","220100e1","224093b8","227b6c2c","229292f9","235461c5","2410e0ee","244909e6","24d8b0cd","24dbf0c4","2558a4e9","25807e29","25a3b2cf","25d76483","25e24615","25f0c9a8","260a0ea9","265a5e1c","26a5b55b","26d2f2a4","270cc868","270ddb30","2713a3d2","27367eea","27f45593","27f6dfeb","285ecea5","299a14c8","29cb10c6","2a033b84","2a093597","2a61067f","2a6a6230","2a76b9c1","2ace7cf6","2adb42a2","2b23cd65","2b62d9b9","2b896bfe","2bf92719","2c732182","2c7e0cb4","2cd143bf","2cddb8da","2cebe3e5","2d979509","2dab9c9f","2db83170","2e370d85","2efc03a0","2f524776","2f83dde0","2f946d19","2fac745d","2fdb69ed","30003ffa","3052c380","308167ad","3097daa7","30ce45c9","30dd9818","3144459f","316301f7","31e738b1","31ef54c0","3217518c","322c27d8","323d269d","324d0c43","326457c9","326488f4","326f393f","33062702","333fcf3d","33e46ead","34078216","3446a69e","3457ba05","3491952e","34b2de03","3504a3f9","35a5bbcf","360f8a76","361546e8","362b6ab0","3636d721","37685f41","37bacbe7","37caa8cb","3818aafa","38357989","384e7273","389c1dbf","38c14f28","38c716ba","38e3becd","391ad958","3926acfe","3a372fc9","3a52d662","3a6fb762","3ad8d63f","3b0a0aab","3b2d84af","3b495fcd","3b6913ce","3bd4c9e8","3c07ebd8","3c0d8761","3c9976e8","3cb79bfe","3d24422b","3d4af5e2","3dcf5b00","3e3c2f09","3e40539f","3e75a2a1","3f01f7bc","40009f57","4003e081","40056c9e","402a3c4b","407399a8","407bde8f","41540d8a","41c5a1f5","430b79e2","436af5fd","43dd9730","43e62834","43e935e5","44606af2","44ec7e43","453cce2c","45713c73","4589d54f","46271c69","4665c170","4668af03","46e96bfb","47bd3e92","47bd5ef6","4803716f","48105137","48494ce1","484fb6fd","4854f745","4880f35d","488f70a4","48c79b5e","490c3acc","49152cda","493daa5a","49455355","496bd08d","49804732","4981d89b","4a34d9f6","4a84e95f","4aa34c89","4ae2cffa","4af5ed23","4b1991b3","4b415614","4b9e1fbe","4bd33055","4c3074c7","4c4ff013","4c6e1e9e","4cdce355","4cdff994","4d0b1ecf","4d20398f","4dcd1608","4dcd1d8a","4dfd484a","4e0106ce","4e3211e4","4e65b8bd","4e7f7d64","4e8f9d51","4f21587c","4f64ff3e","4f7baa7a","4f9c243b","4fb05038","4fd56cc5","5042444f","50d92fdb","50f964bc","515b9418","51f59222","5266f71a","52e4b9b9","5315902f","53d2b07a","53da5245","543cc1a5","54579aa7","54d5dc7c","55530794","55661665","556a86ee","55936a1b","55a024d1","55bafa02","562724f5","567e77dc","56b35b45","56c33e46","56e58f40","56fbe973","57b2f58d","57b5defb","589a99e8","58ae1cbb","58f486bc","59533d88","596ff182","5a03a03a","5a087056","5a22618e","5a80c398","5aabca66","5b2df30d","5b33cb6c","5bb8f077","5c99ede4","5caffab7","5ce67db8","5df5bad7","5e0cc36e","5e2713ca","5e61f732","5e806577","5ec73375","5fc80b20","60358b63","606448e3","60db149c","60eaae38","613c1fef","6145e6d8","61619b4f","62488d01","6299fae6","62b251a3","62d8610e","62db70b0","630820d0","635d4a10","636825ae","63e53e56","6439757d","64399c0a","64bfdcd7","64dae5b1","64fec788","65058347","65079e67","6542e525","65731e61","65c387f4","65ce99b7","6626f36c","66409411","664ea85e","66649583","669ae55d","66c462d3","66cbd9f4","67698a8a","6778712a","6811f32b","693d1919","69603947","69651f0d","69673c8a","699e484a","6a105e41","6a8288b8","6ac3e840","6b0dbca2","6b11e58f","6b97646e","6bbd68e1","6be937a7","6bf25e3d","6bf8b66a","6c25661b","6cbf8d79","6ccdd4ea","6cfdd852","6d0e4f48","6d244578","6d493cda","6d4a810c","6d622b93","6daa94a7","6dfaed8c","6e044f02","6ed88178","6ee576ff","6eeb6b74","6eec9fac","6f838488","6fbdf859","6fe9154a","70105379","70234593","70954222","710d8431","714aa8da","7164f12a","71ba22b4","71c01adb","72d8da2a","7345b46d","7396b410","73e2e0e6","743facca","7448debb","7472f3e9","747376a9","7474bb52","747d107c","74acd0fc","74c4ed25","7500225a","76968b71","7721b563","775743bc","7764713a","777bf525","77c229e9","78018e9c","782218c7","787bdeea","7928aabf","79422904","79798dd8","79d42880","79e6803f","79f07a22","7a524f07","7a84eabb","7aacd1b1","7b26ab81","7b428467","7b771876","7b8503a6","7baeb44e","7bb2c33d","7bba0987","7c82041a","7c88fadf","7ce785db","7d215dca","7d6d7543","7d6db0f4","7d7692e0","7d76badf","7dede933","7e5a3731","7ef622a2","7fe7f5e0","7ffcf7c8","804545a4","80da4fa1","811e352c","814a1840","815b2a5b","817fd406","81cbe51a","82128a0d","8248088a","83046383","832060b4","83576197","83769d30","83c62bc8","83f9dd4e","842acd60","84515401","84ed12bc","8507b41e","8524785e","85265ac0","854b8818","85598bde","855d5657","861c9003","86acd810","86c0facb","87de0e90","8835b211","88c98904","890a2cb3","894fdc05","8954a3da","89f25799","8a55f549","8a5f1ac0","8aa351c0","8ae84355","8af2a949","8b2ba6b9","8ba842a8","8bc51792","8d133769","8d72456b","8d726500","8da6a3b4","8e844727","8e868360","8e8f7594","8ed396fa","8f2f7dcb","8fdae422","915b5927","91936e83","91be51a7","921a4600","92485e08","929850ca","929b1ebe","9302acff","931a58d3","93d84cbe","93e6aa7f","940cbdd1","942026fe","9470a784","94bc48f0","94ca3a76","94ea95ba","94f290dc","950ca94b","9511e541","9520236a","95360da8","95b75413","962955bd","97337dd6","97d4f1a2","982a34ee","98765c49","98d4e1da","991285df","99307240","9932efe3","99334584","9937fc15","99468276","99915b14","99ff2b6c","9af2a3ab","9b05482c","9b54c404","9b56eedd","9b6a50c3","9bd3aa7a","9c2ff15c","9c6166ba","9c6eca07","9c94fea1","9ce0cd07","9d2df7b7","9d2f92c0","9d5db9fa","9d769676","9de9b255","9e1a07ef","9e347f31","9e4b5c95","9e53d396","9e5455dc","9e798292","9effa07e","a04e6d02","a08c7d01","a0972a7a","a0ce3db3","a12b0e16","a13ea7d5","a180c5e4","a19194d9","a227eb25","a2597dc5","a2d75126","a31c1a54","a322c43f","a34e2fce","a38f5ecd","a415f098","a4785645","a4a676d4","a51a06e3","a536a620","a54606ef","a54e9c84","a5818350","a5883dd4","a58a801e","a5dfd0be","a608e7d8","a63db6a3","a69a0a9a","a6af8182","a6b835c3","a6bb6979","a6c5096d","a6d5a9f1","a6e0358c","a74bf1fb","a75c5e4d","a7a6fccf","a7ccac94","a7d668c1","a7e3d7a1","a82f9819","a8317d1a","a8403106","a8b712b0","a8d18a3e","a8eb2c61","a92da51b","a941dc27","a96392ec","aa661536","aa88a1a8","aadaa751","ab8f9ed1","aba76765","abbe1f5f","abfbc039","ac29dacd","ac94b7e3","acb352fc","adbb0323","adc5cea1","ae10854a","ae3cb01d","ae953e00","aeeae636","aef5fdbe","b04b4505","b06e4bf0","b0bca189","b12f6216","b170b964","b1a04eea","b223d46d","b22ba0e8","b24466dc","b36eb490","b4024c2d","b5264b14","b5654b0b","b57939bd","b57cc08c","b593fe85","b5d4738e","b708c42d","b73f4b22","b7847d0c","b7c75cbc","b88f86df","b8a1b3ae","b8b25140","b910a829","b923214e","b93109a0","b931e772","b937b97a","b9478479","b96b9107","ba0c47cd","ba1d94b8","ba89509f","bac383a1","baf2be53","baff0ccc","bb29832e","bba1c8c7","bba2167c","bbc48086","bc297e5f","bc7a133d","bc878663","bcef224f","bd658c19","bdf4f44f","bf7c7af6","bfb3a588","bfd1bb18","bff40116","c0e84189","c0eacc70","c0f5eb53","c1b00598","c1df2cc8","c1e5ac62","c217a19e","c23967c9","c25ee9a3","c28e0a35","c2eaba6d","c2fce606","c31761ef","c31ac689","c335f3cf","c34632e6","c3a81a00","c42837d1","c435d0e0","c49cab5a","c4b2051c","c4defa50","c4f2f493","c50c65b8","c569b329","c5cccea8","c629b9f4","c63430ad","c6799ef3","c8102897","c81b9508","c8566a65","c87ecc35","c8bf4f93","c8d423cb","c8e82218","c9750b32","ca15e11c","ca1bdf64","ca7da40f","caa8feb1","cafe9638","cb5fbd66","cba57bc1","cbc9ecb8","cc548801","cc873e7b","cd75975c","cddab8cf","ce2b8820","ce2e89cd","ce312f37","ce91bc38","cee7cb21","cf1f7e1c","cf58b0d8","cf813777","cf83ec82","cfae4f30","d024c334","d0e29bb6","d1562e5a","d1bfed83","d2673e7d","d29af76b","d2c08acb","d35685df","d3a2d5fa","d3c6b869","d405483b","d4296a59","d447a14b","d4704619","d4dedf2b","d53032f6","d578c615","d5a03d56","d5ec6f77","d667e016","d683e304","d6cabd8e","d70140f5","d721248f","d7256cc0","d7302a10","d78c2d6b","d7e4cd3f","d7ee432a","d7fc306f","d82273c6","d8811ae2","d8b7360f","d8f799ff","d9063b9c","d9091f46","d90d3d34","d93168e0","d9a70a52","da2615c5","da7af5dc","db8acb6e","db8b26df","dbb9f511","dbc32292","dbd43723","dc24d174","dc8b655b","dce1cac1","dcf001c7","dd575c2d","dd824a11","de6884a1","de7dc4d6","de9be03c","deea44a7","df179738","df9621f0","e0034f5c","e0227b71","e0351a7b","e0484b3e","e195fdc7","e1f09912","e22b51a3","e33933df","e3b6fc34","e3bc55d0","e3d8a6da","e44cb22f","e44e6efa","e44fd646","e466215f","e49f38b3","e4c032fe","e50db60f","e513f0db","e5b9bac4","e5f57077","e6460578","e669a1e1","e6708ff7","e74036c8","e7a7e2a4","e7df074c","e7e789f8","e7f90848","e936962d","e977f3f4","e9a1609b","e9ac896b","e9bc6626","e9e7d66e","ea0f1417","ea2109a7","ea333bab","ea6b9dbc","eaf4354f","eb337ee8","eb3a5425","eb4457e0","ec0bc89d","ec262723","ec6fc65c","ecd5cdbc","ed476b95","ed52fae1","ed636453","eda686a0","edc50e80","ee206042","ee9f7f5a","eebe8f5d","ef560a42","ef6fc046","efa58d1b","efd14490","eff5acaa","f003257e","f022f5ef","f03cf0b2","f0500fef","f063d29b","f0882bcf","f0f04d40","f0fbbffc","f12cb181","f181efa6","f189b398","f18dd92f","f1a6e7bd","f210e520","f2205f9a","f259da30","f273eb31","f290c8eb","f2a2d051","f2dc881c","f302376c","f304c485","f323d319","f34b2e34","f352a310","f3679bb1","f46a6c12","f48b301a","f5116f5f","f53fb316","f5503d3b","f5660c2a","f5875cbd","f59874fb","f63882cb","f63887e2","f647cc0c","f66134f2","f6d4856a","f6f27b80","f6fafbc6","f70066ce","f701237c","f763c9b6","f78a7384","f7d6df79","f8598119","f95b3965","f9ab8fc0","f9c6410d","fa197299","faaf153d","fafe4229","fb3c459c","fb5de69b","fbc3abb6","fc05433a","fc2e94c2","fca7993a","fccce1fb","fd3d7105","fd42232f","fd449a2b","fd64388f","fddd3038","fde51a05","fe31a9df","fe804b27","fea286ab","fecbfabf","fede0b31","fefa6c94","fefe750b","ff04b7b0","ff0584b4","ff7927c8","ffa57819","ffae7fcc"]}');
;// CONCATENATED MODULE: ./src/facts/assessment/template-fingerprint.ts
// Recognises text copied from the self-assessment template without keeping the template's text:
// we keep only hashes of its four-word runs (shingles). A section whose words are mostly runs
// found in the template is template instructions left in place, not the project's own words.

const SHINGLE_WORDS = 4;
const MAX_WORDS = 50_000;
/** Lower-case letter/digit words of a text, at most MAX_WORDS. */
function words(text) {
    const out = [];
    for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
        out.push(m[0]);
        if (out.length >= MAX_WORDS)
            break;
    }
    return out;
}
/** FNV-1a, 32 bits, as 8 hex digits. */
function fnv1a(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
function shingles(ws) {
    const out = [];
    for (let i = 0; i + SHINGLE_WORDS <= ws.length; i++)
        out.push(fnv1a(ws.slice(i, i + SHINGLE_WORDS).join(' ')));
    return out;
}
const TEMPLATE = new Set(template_fingerprint_namespaceObject.RY);
/**
 * Share of a text's words that sit inside runs also found in the template, 0..1.
 * Texts shorter than one shingle count as 0.
 */
function templateShare(text) {
    const ws = words(text);
    if (ws.length < SHINGLE_WORDS)
        return 0;
    const covered = new Uint8Array(ws.length);
    for (let i = 0; i + SHINGLE_WORDS <= ws.length; i++) {
        if (TEMPLATE.has(fnv1a(ws.slice(i, i + SHINGLE_WORDS).join(' '))))
            covered.fill(1, i, i + SHINGLE_WORDS);
    }
    let n = 0;
    for (const c of covered)
        n += c;
    return n / ws.length;
}
/**
 * The fingerprint of a template document: sorted unique shingle hashes of its body text, without
 * headings, the table of contents or HTML comments. Used to build template-fingerprint.json and,
 * in tests, to check that file against the reference template.
 */
function fingerprintOf(markdown) {
    const body = markdown
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .split(/\r?\n/)
        .filter((l) => !/^\s{0,3}#{1,6}\s/.test(l) && !/^\s*[-*+]\s+\[[^\]]*\]\(#[^)]*\)\s*$/.test(l))
        .join('\n');
    // Each paragraph on its own, so runs do not join the end of one instruction to the next.
    const set = new Set();
    for (const para of body.split(/\n\s*\n/))
        for (const h of shingles(words(para)))
            set.add(h);
    return [...set].sort();
}

;// CONCATENATED MODULE: ./src/facts/assessment/self-assessment.ts
// Written self-assessments that follow the OpenSSF template: which of the template's sections
// have a real heading with a body of the project's own words (not a table of contents, not the
// template's instructions left in place), and what stage the document says it is at.





const SECTIONS = self_assessment_sections_namespaceObject.V0.map((s) => ({
    id: s.id,
    title: s.title,
    required: s.required,
    ...('parent' in s && typeof s.parent === 'string' ? { parent: s.parent } : {}),
    match: new RegExp(s.match, 'i'),
}));
const MIN_CHARS = self_assessment_sections_namespaceObject.CO;
const MIN_SECTIONS_FOR_SHAPE = self_assessment_sections_namespaceObject.lL;
const TEMPLATE_RATIO = self_assessment_sections_namespaceObject.Ns;
/** Candidate documents read at most. */
const MAX_SELF_ASSESSMENT_FILES = 20;
const NAME_RE = /(self|security)[-_ ]?assessment/i;
const MD_RE = /\.(md|markdown|mdx)$/i;
const self_assessment_SKIP_DIRS = /(^|\/)(node_modules|vendor|third_party|\.git)\//i;
const MAX_STAGE_LINES = 400;
/** Trailing ':', '.' and blanks (whitespace already collapsed to single spaces). */
const TRAILING_PUNCTUATION = /(?<![:. ])[:. ]+$/;
/** Heading text as compared with the section patterns: no numbering, no trailing punctuation. */
function normalizeHeading(text) {
    return text
        .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-z][.)])\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(TRAILING_PUNCTUATION, '')
        .toLowerCase();
}
/** Candidate self-assessment documents by file name, in path order. */
function candidatePaths(snapshot) {
    return snapshot.files
        .filter((f) => f.kind !== 'submodule' && MD_RE.test(f.path) && NAME_RE.test(f.path) && !self_assessment_SKIP_DIRS.test(f.path))
        .map((f) => f.path);
}
const STRIP_COMMENTS = (lines) => {
    let inComment = false;
    return lines.map((l) => {
        let out = '';
        let rest = l;
        while (rest.length > 0) {
            if (inComment) {
                const end = rest.indexOf('-->');
                if (end < 0)
                    return out;
                inComment = false;
                rest = rest.slice(end + 3);
            }
            else {
                const start = rest.indexOf('<!--');
                if (start < 0)
                    return out + rest;
                out += rest.slice(0, start);
                inComment = true;
                rest = rest.slice(start + 4);
            }
        }
        return out;
    });
};
function bodyStats(lines, ranges) {
    let letters = 0;
    let tocLines = 0;
    let otherLines = 0;
    const parts = [];
    let fence = null;
    for (const [from, to] of ranges) {
        for (let i = from; i < to && i < lines.length; i++) {
            const line = lines[i];
            const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
            if (fence !== null) {
                if (f && f[1][0] === fence[0])
                    fence = null;
                continue;
            }
            if (f) {
                fence = f[1];
                continue;
            }
            // Setext underlines and table separator rows (| --- | :-: |) are not content.
            if (/^\s{0,3}(?:=+|-+)\s*$/.test(line) || (/^[\s|:-]*$/.test(line) && line.includes('--')))
                continue;
            const n = line.replace(/[^\p{L}\p{N}]+/gu, '').length;
            if (n === 0)
                continue;
            if (/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/.test(line))
                tocLines++;
            else {
                otherLines++;
                letters += n;
                parts.push(line);
            }
        }
    }
    return { letters, tocLines, otherLines, text: parts.join('\n') };
}
function classifyBody(stats, minChars = MIN_CHARS) {
    if (stats.letters === 0)
        return { state: stats.tocLines > 0 ? 'toc' : 'empty', ownChars: 0 };
    const share = templateShare(stats.text);
    const ownChars = Math.round(stats.letters * (1 - share));
    if (share >= TEMPLATE_RATIO && stats.letters >= 20)
        return { state: 'template', ownChars };
    if (ownChars < minChars)
        return { state: stats.tocLines > stats.otherLines ? 'toc' : 'empty', ownChars };
    return { state: 'filled', ownChars };
}
// `| **Stage** | Draft |` and `- Stage: Draft`. Blanks, emphasis and table bars around the words are
// one character class each, so that no two quantifiers compete for the same blanks.
const STAGE_ROW = /^[\s|*_]*(?:assessment\s+)?stage[\s*_]*\|\s*([^\s|][^|]{0,119})(?:\||$)/i;
const STAGE_KV = /^[\s*_+-]*(?:(?:assessment\s+)?stage|assessment\s+status|status\s+of\s+(?:this\s+)?(?:self[- ]?)?assessment)[\s*_]*:[\s*_]*([^\s*_].{0,119})$/i;
function normalizeStage(value) {
    const v = value.toLowerCase().replace(/[*_`]/g, '').trim();
    if (/incomplete\W+complete\W+(or\s+)?obsolete/.test(v))
        return 'placeholder';
    if (/^(not\s+(yet\s+)?complete|incomplete|in[- ]progress|wip|work in progress|ongoing|started|pending|todo|tbd)/.test(v))
        return 'incomplete';
    if (/^draft/.test(v))
        return 'draft';
    if (/review/.test(v))
        return 'in-review';
    if (/^(obsolete|outdated|superseded|deprecated|archived)/.test(v))
        return 'obsolete';
    if (/^(complete|completed|done|final|finished|published|approved)\b/.test(v))
        return 'complete';
    return 'other';
}
function findStage(lines) {
    const stop = Math.min(lines.length, MAX_STAGE_LINES);
    for (let i = 0; i < stop; i++) {
        const line = lines[i].length > 1000 ? lines[i].slice(0, 1000) : lines[i];
        const m = STAGE_ROW.exec(line) ?? STAGE_KV.exec(line);
        if (m) {
            const value = m[1].replace(/[*_`]+/g, '').trim();
            if (value === '')
                continue;
            return { value: value.slice(0, 80), normalized: normalizeStage(value), line: i + 1 };
        }
    }
    return null;
}
/** Analyses one self-assessment document's text. */
function analyzeSelfAssessment(path, text, foundBy = ['name'], outline = parseMarkdown(text)) {
    const lines = STRIP_COMMENTS(text.split(/\r\n|\r|\n/));
    const headings = outline.headings;
    const findings = [];
    if (outline.headings.length >= 10_000)
        findings.push({ severity: 'warning', path, detail: 'more than 10,000 headings; only the first 10,000 were read' });
    // First heading matching each section, in document order.
    const matched = new Map();
    const normalized = headings.map((h) => normalizeHeading(h.text));
    for (const def of SECTIONS) {
        const idx = normalized.findIndex((t, i) => def.match.test(t) && ![...matched.values()].includes(i));
        if (idx >= 0)
            matched.set(def.id, idx);
    }
    const matchedIdx = new Set(matched.values());
    // End of a heading's whole section: the next heading of the same or a higher level.
    const sectionEnd = (i) => {
        const h = headings[i];
        for (let j = i + 1; j < headings.length; j++)
            if (headings[j].level <= h.level)
                return headings[j].line - 1;
        return lines.length;
    };
    const bodyRanges = (i) => {
        const end = sectionEnd(i);
        const ranges = [];
        let cursor = headings[i].line; // 0-based index of the line after the heading
        let j = i + 1;
        while (j < headings.length && headings[j].line - 1 < end) {
            if (matchedIdx.has(j)) {
                ranges.push([cursor, headings[j].line - 1]);
                cursor = sectionEnd(j);
                // Skip headings inside the excluded child section.
                while (j < headings.length && headings[j].line - 1 < cursor)
                    j++;
                continue;
            }
            j++;
        }
        ranges.push([cursor, end]);
        return ranges.filter(([a, b]) => b > a);
    };
    const sections = SECTIONS.map((def) => {
        const i = matched.get(def.id);
        if (i === undefined)
            return { id: def.id, title: def.title, required: def.required, state: 'missing', ownChars: 0 };
        const h = headings[i];
        const { state, ownChars } = classifyBody(bodyStats(lines, bodyRanges(i)));
        return { id: def.id, title: def.title, required: def.required, state, heading: h.text, line: h.line, ownChars };
    });
    const stage = findStage(lines);
    const requiredNotFilled = sections.filter((s) => s.required && s.state !== 'filled').map((s) => s.id);
    const present = sections.filter((s) => s.state !== 'missing').length;
    const looksLikeSelfAssessment = present >= MIN_SECTIONS_FOR_SHAPE;
    const stageSaysNotDone = stage !== null && ['incomplete', 'draft', 'obsolete'].includes(stage.normalized);
    const looksComplete = looksLikeSelfAssessment && requiredNotFilled.length === 0 && !stageSaysNotDone;
    for (const s of sections) {
        if (!s.required && s.state === 'missing')
            continue;
        const what = {
            missing: `no "${s.title}" section`,
            empty: `section "${s.title}" has a heading but no body of its own`,
            toc: `section "${s.title}" is only a list of links (a table of contents)`,
            template: `section "${s.title}": template text not filled in`,
        };
        if (s.state !== 'filled')
            findings.push({ severity: s.required ? 'error' : 'info', path, line: s.line, detail: what[s.state] });
    }
    if (stage) {
        if (stage.normalized === 'placeholder')
            findings.push({ severity: 'error', path, line: stage.line, detail: 'assessment stage is still the template placeholder' });
        else if (stageSaysNotDone)
            findings.push({ severity: 'error', path, line: stage.line, detail: `the document says its stage is ${quote(stage.value)}` });
    }
    return { path, foundBy, stage, sections, requiredNotFilled, looksLikeSelfAssessment, looksComplete, findings };
}
/** Reads and analyses the candidate documents plus any paths Security Insights points at. */
function gatherSelfAssessments(snapshot, siPaths = []) {
    const byName = candidatePaths(snapshot);
    const order = [];
    const seen = new Map();
    for (const p of siPaths) {
        if (!seen.has(p)) {
            const fb = byName.includes(p) ? ['security-insights', 'name'] : ['security-insights'];
            seen.set(p, fb);
            order.push({ path: p, foundBy: fb });
        }
    }
    for (const p of byName)
        if (!seen.has(p))
            order.push({ path: p, foundBy: ['name'] });
    const docs = [];
    for (const { path, foundBy } of order.slice(0, MAX_SELF_ASSESSMENT_FILES)) {
        const r = readOutline(snapshot, path);
        if (!r.ok) {
            docs.push({
                path,
                foundBy,
                unreadable: r.reason,
                stage: null,
                sections: [],
                requiredNotFilled: SECTIONS.filter((s) => s.required).map((s) => s.id),
                looksLikeSelfAssessment: false,
                looksComplete: false,
                findings: [{ severity: 'error', path, detail: `self-assessment not read: ${r.reason}` }],
            });
            continue;
        }
        docs.push(analyzeSelfAssessment(path, r.text, foundBy, r.outline));
    }
    return docs;
}

;// CONCATENATED MODULE: ./src/facts/assessment/si-ref.ts


const NOT_DONE = [
    /\bnot\s+(?:yet\s+)?(?:been\s+)?(?:complete[d]?|done|started|performed|conducted|written|finished|available|published|created)\b/i,
    /\b(?:has|have|is|was)\s*n[o']t\s+(?:yet\s+)?(?:been\s+)?(?:complete[d]?|done|started|performed|conducted|written|finished)\b/i,
    /\bno\s+(?:security\s+)?(?:self[- ]?)?assessments?\b/i,
    /\bnot\s+yet\b/i,
    /\b(?:to\s?do|tbd|to be (?:done|written|completed|determined))\b/i,
    /\b(?:planned|upcoming|coming soon|work in progress|in progress|wip|pending)\b/i,
];
/** Tested against the trimmed comment. */
const BARE_NONE = /^(?:none|n\/?a|no|nothing|-+|\.+|null|tbd|todo)(?:\s*[.!])?$/i;
/** The phrase that says "not done", or null. */
function notDonePhrase(comment) {
    if (comment === undefined)
        return null;
    const c = comment.slice(0, 4000);
    if (BARE_NONE.test(c.trim()))
        return c.trim();
    for (const re of NOT_DONE) {
        const m = re.exec(c);
        if (m)
            return m[0];
    }
    return null;
}
/** A repository path or URL written inside a comment, when the entry has no evidence field. */
function referenceInComment(comment) {
    const url = /https?:\/\/[^\s)<>"'`]+/.exec(comment);
    if (url)
        return (0,facts_text/* trimEnd */.s8)(url[0], '.,;:!?');
    const path = /(?:^|[\s(`'"])((?:\.\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:md|markdown|ya?ml|json))\b/i.exec(comment);
    return path ? path[1] : null;
}
function analyzeSelfRef(snapshot, input, repositoryUrl) {
    const value = typeof input.value === 'string' ? input.value : '';
    const comment = typeof input.comment === 'string' ? input.comment : undefined;
    let target = resolveReference(snapshot, value, repositoryUrl);
    if (target.kind === 'none' && comment) {
        const inComment = referenceInComment(comment);
        if (inComment)
            target = resolveReference(snapshot, inComment, repositoryUrl);
    }
    const phrase = notDonePhrase(comment);
    return {
        value,
        ...(comment !== undefined ? { comment: comment.slice(0, 500) } : {}),
        ...(typeof input.name === 'string' ? { name: input.name.slice(0, 200) } : {}),
        ...(typeof input.date === 'string' ? { date: input.date.slice(0, 40) } : {}),
        ...(input.path !== undefined ? { path: input.path } : {}),
        ...(input.line !== undefined ? { line: input.line } : {}),
        ...(input.column !== undefined ? { column: input.column } : {}),
        target,
        saysNotDone: phrase !== null,
        ...(phrase !== null ? { notDoneReason: phrase.slice(0, 120) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/facts/assessment/index.ts






const MD = /\.(md|markdown|mdx)$/i;
const DATA = /\.(ya?ml|json)$/i;
/**
 * Threat catalogs that meet the objective's Gemara form: valid, with at least one capability
 * reference, and every reference resolved to a valid CapabilityCatalog that defines it.
 */
function completeThreatCatalogs(g) {
    const validCaps = new Set(g.capabilityCatalogs.filter((c) => c.valid).map((c) => c.path));
    return g.threatCatalogs.filter((t) => {
        const refs = t.capabilityReferences ?? [];
        return t.valid && refs.length > 0 && refs.every((r) => r.found && r.catalogPath !== null && validCaps.has(r.catalogPath));
    });
}
/** Whether a Security Insights target (a file or a directory) covers a given repository path. */
function targetCovers(si, path) {
    if (!si || si.target.kind !== 'local' || !si.target.exists)
        return false;
    if (si.target.directory)
        return si.target.path === '' || path.startsWith(si.target.path + '/');
    return si.target.path === path;
}
function gatherAssessment(snapshot, options = {}) {
    const si = options.selfAssessmentRef ? analyzeSelfRef(snapshot, options.selfAssessmentRef, options.repositoryUrl) : null;
    const siPaths = [];
    const siData = [];
    if (si && si.target.kind === 'local' && si.target.exists) {
        if (si.target.directory) {
            const prefix = si.target.path === '' ? '' : si.target.path + '/';
            for (const f of snapshot.files) {
                if (!f.path.startsWith(prefix))
                    continue;
                const rest = f.path.slice(prefix.length);
                if (rest.includes('/'))
                    continue;
                if (MD.test(rest) && /^(readme|index)\./i.test(rest))
                    siPaths.push(f.path);
                if (DATA.test(rest))
                    siData.push(f.path);
            }
        }
        else if (MD.test(si.target.path))
            siPaths.push(si.target.path);
        else if (DATA.test(si.target.path))
            siData.push(si.target.path);
    }
    const gemara = gatherGemara(snapshot, { extraPaths: siData, repositoryUrl: options.repositoryUrl });
    const selfAssessments = gatherSelfAssessments(snapshot, siPaths);
    return { gemara, selfAssessments, securityInsights: si, mismatch: findMismatch(si, gemara, selfAssessments) };
}
function findMismatch(si, gemara, docs) {
    if (!si || !si.saysNotDone)
        return null;
    const doneDoc = docs.find((d) => d.looksComplete);
    const doneCatalog = completeThreatCatalogs(gemara)[0];
    const done = doneDoc?.path ?? doneCatalog?.path;
    if (!done)
        return null;
    return {
        severity: 'error',
        path: si.path,
        line: si.line,
        column: si.column,
        detail: `Security Insights repository.security.assessments.self says the assessment is not done (${quote(si.notDoneReason ?? '')}), but ${done} looks complete; Security Insights wins until it is updated`,
    };
}

// EXTERNAL MODULE: ./src/facts/budget.ts
var facts_budget = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/facts/git.ts + 1 modules
var facts_git = __webpack_require__(9480);
;// CONCATENATED MODULE: ./src/facts/dco.ts

const DEFAULT_MAX_COMMITS = 200;
/** Below this many visible commits in a shallow clone, the sample says nothing about the practice. */
const MIN_SHALLOW_SAMPLE = 10;
const MAX_UNSIGNED_LISTED = 5;
const SIGN_OFF = /^[ \t]*Signed-off-by:[^<\n]*<([^>\n]+)>[ \t]*$/gim;
function gatherDco(snapshot, options = {}) {
    const facts = startFacts(snapshot);
    const root = snapshot.root;
    const ask = (args) => runGit(root, args);
    const repo = ask(['rev-parse', '--git-dir']);
    if (repo === null)
        return notARepo(facts);
    const shallow = ask(['rev-parse', '--is-shallow-repository']);
    return fromLog(facts, shallow, ask(logArgs(options)), options);
}
/**
 * Asks git for the history without blocking, stoppable through `limits.signal`. It needs no file
 * of the snapshot: start it with the run, pass it to gatherDcoAsync.
 */
async function readDcoHistoryAsync(root, options = {}, limits = {}) {
    const ask = (args) => (0,facts_git/* runGitText */.HZ)(root, args, limits);
    const repo = await ask(['rev-parse', '--git-dir']);
    if (repo === null)
        return { repo: false, shallow: null, log: null };
    const shallow = await ask(['rev-parse', '--is-shallow-repository']);
    return { repo: true, shallow, log: await ask(logArgs(options)) };
}
/** gatherDco without blocking: git log runs while JavaScript works, stoppable through `limits.signal`. */
async function gatherDcoAsync(snapshot, options = {}, limits = {}, history) {
    const asked = history ?? readDcoHistoryAsync(snapshot.root, options, limits);
    const facts = startFacts(snapshot);
    const h = await asked;
    if (!h.repo)
        return notARepo(facts);
    return fromLog(facts, h.shallow, h.log, options);
}
function maxCommits(options) {
    return Math.max(1, Math.min(5000, Math.floor(options.maxCommits ?? DEFAULT_MAX_COMMITS)));
}
// --no-show-signature (and git.ts's log.showSignature=false): a hostile repository config
// (log.showSignature + gpg.program) must not run programs.
function logArgs(options) {
    return ['log', '--no-show-signature', '--no-color', '-z', '-n', String(maxCommits(options)), '--format=%H%x1f%P%x1f%ae%x1f%B', 'HEAD', '--'];
}
/** Dco facts that say why history was not read, with nothing else known. */
function unreadDcoFacts(reason) {
    return { isRepo: false, shallow: false, commitsVisible: 0, commitsExamined: 0, signedOff: 0, signedOffByAuthor: 0, mergeCommitsSkipped: 0, unsigned: [], dcoFile: null, claOrDcoCheck: [], docMentions: [], decidable: false, reason };
}
function notARepo(facts) {
    facts.reason = 'not a git work tree: commit sign-offs cannot be examined';
    return facts;
}
/** The facts before history is read: the repository's DCO file, checks and documentation. */
function startFacts(snapshot) {
    return {
        isRepo: false,
        shallow: false,
        commitsVisible: 0,
        commitsExamined: 0,
        signedOff: 0,
        signedOffByAuthor: 0,
        mergeCommitsSkipped: 0,
        unsigned: [],
        dcoFile: findDcoFile(snapshot),
        claOrDcoCheck: findChecks(snapshot),
        docMentions: findDocMentions(snapshot),
        decidable: false,
    };
}
function fromLog(facts, shallowAnswer, log, options) {
    const max = maxCommits(options);
    facts.isRepo = true;
    facts.shallow = shallowAnswer?.trim() === 'true';
    if (log === null) {
        facts.reason = 'the repository has no commits (or HEAD cannot be read)';
        return facts;
    }
    for (const rec of log.split('\0')) {
        if (!rec.trim())
            continue;
        const [sha, parents, authorEmail] = rec.split('\x1f', 3);
        if (sha === undefined || parents === undefined || authorEmail === undefined)
            continue;
        const body = rec.slice(sha.length + parents.length + authorEmail.length + 3);
        if (!/^[0-9a-f]{40,64}$/.test(sha.trim()))
            continue;
        facts.commitsVisible++;
        if (parents.trim().split(/\s+/).filter(Boolean).length > 1) {
            facts.mergeCommitsSkipped++;
            continue;
        }
        facts.commitsExamined++;
        const emails = [];
        SIGN_OFF.lastIndex = 0;
        for (let m = SIGN_OFF.exec(body); m; m = SIGN_OFF.exec(body))
            emails.push(m[1].trim().toLowerCase());
        if (emails.length > 0) {
            facts.signedOff++;
            if (emails.includes(authorEmail.trim().toLowerCase()))
                facts.signedOffByAuthor++;
        }
        else if (facts.unsigned.length < MAX_UNSIGNED_LISTED) {
            facts.unsigned.push({ kind: 'git', detail: `commit ${sha.trim().slice(0, 12)} has no Signed-off-by trailer` });
        }
    }
    if (facts.commitsVisible === 0) {
        facts.reason = 'the repository has no commits';
    }
    else if (facts.commitsExamined === 0) {
        facts.reason = `all ${facts.commitsVisible} visible commits are merge commits`;
    }
    else if (facts.shallow && facts.commitsVisible < max && facts.commitsVisible < MIN_SHALLOW_SAMPLE) {
        facts.reason = `shallow clone: only ${facts.commitsVisible} commit(s) visible, too few to judge sign-offs; check out with full history (actions/checkout fetch-depth: 0)`;
    }
    else {
        facts.decidable = true;
        if (facts.shallow)
            facts.reason = `shallow clone: ${facts.commitsVisible} commit(s) visible`;
        else if (facts.commitsVisible < max)
            facts.reason = `the whole history (${facts.commitsVisible} commit(s)) was examined`;
    }
    return facts;
}
function findDcoFile(snapshot) {
    for (const dir of ['', '.github', 'docs']) {
        const hits = snapshot.filesIn(dir, (b) => /^dco(\.(md|txt|rst|adoc|markdown))?$/i.test(b));
        for (const f of hits) {
            if (f.kind === 'symlink' || f.kind === 'submodule')
                continue;
            const r = snapshot.read(f.path);
            const real = r.ok && /Developer Certificate of Origin/i.test(r.text);
            return { kind: 'file', path: f.path, detail: real ? 'DCO file with the Developer Certificate of Origin text' : 'file named DCO, without the Developer Certificate of Origin text' };
        }
    }
    return null;
}
const CHECK_CONFIGS = [
    { test: /^\.github\/dco\.ya?ml$/i, detail: 'DCO app (probot/dco) configuration' },
    { test: /^(\.github\/)?\.?clabot$/i, detail: 'CLA bot (clabot) configuration' },
    { test: /^(\.github\/)?\.?cla\.(json|ya?ml)$/i, detail: 'CLA check configuration' },
    { test: /^\.github\/cla-signatures?\.json$|^signatures\/version\d+\/cla\.json$/i, detail: 'CLA signature record (CLA Assistant)' },
    { test: /^\.github\/easycla\.ya?ml$/i, detail: 'EasyCLA configuration' },
];
const WORKFLOW_MARKERS = [
    { re: /cla-assistant|contributor-assistant/i, detail: 'workflow runs CLA Assistant' },
    { re: /easycla/i, detail: 'workflow refers to EasyCLA' },
    { re: /probot\/dco|dcoapp/i, detail: 'workflow refers to the DCO app' },
    { re: /(^|[^a-z0-9])dco([^a-z0-9]|$)/i, detail: 'workflow runs a DCO check' },
    { re: /signed-off-by|--signoff/i, detail: 'workflow checks Signed-off-by trailers' },
];
const MAX_WORKFLOWS = 500;
function findChecks(snapshot) {
    const out = [];
    let workflowsRead = 0;
    for (const f of snapshot.files) {
        if (f.kind === 'symlink' || f.kind === 'submodule')
            continue;
        const cfg = CHECK_CONFIGS.find((c) => c.test.test(f.path));
        if (cfg) {
            out.push({ kind: 'file', path: f.path, detail: cfg.detail });
            continue;
        }
        if (!/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f.path) || out.length >= 50 || ++workflowsRead > MAX_WORKFLOWS)
            continue;
        const r = snapshot.read(f.path);
        if (!r.ok)
            continue;
        const lines = r.text.split('\n');
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            if (/^\s*#/.test(line) || line.length > 2000)
                continue;
            const hit = WORKFLOW_MARKERS.find((w) => w.re.test(line));
            if (hit) {
                out.push({ kind: 'workflow', path: f.path, line: i + 1, column: line.search(/\S/) + 1, detail: hit.detail });
                break;
            }
        }
    }
    return out;
}
const DOC_MARKERS = [
    { re: /Developer Certificate of Origin/i, detail: 'DCO: mentions the Developer Certificate of Origin' },
    { re: /Signed-off-by/i, detail: 'DCO: mentions Signed-off-by' },
    { re: /(^|[^A-Za-z0-9])DCO([^A-Za-z0-9]|$)/, detail: 'DCO: mentions the DCO' },
    { re: /git commit\s+(-\S*s\b|--signoff)|--signoff/, detail: 'DCO: tells contributors to sign off commits' },
    { re: /Contributor License Agreement/i, detail: 'CLA: mentions a Contributor License Agreement' },
    { re: /(^|[^A-Za-z0-9])CLA([^A-Za-z0-9]|$)/, detail: 'CLA: mentions the CLA' },
];
function findDocMentions(snapshot) {
    const out = [];
    const docs = [];
    for (const dir of ['', '.github', 'docs']) {
        for (const f of snapshot.filesIn(dir, (b) => /^(contributing|pull_request_template)(\.(md|rst|txt|adoc|markdown))?$/i.test(b))) {
            if (f.kind !== 'symlink' && f.kind !== 'submodule')
                docs.push(f.path);
        }
    }
    for (const path of docs) {
        const r = snapshot.read(path);
        if (!r.ok)
            continue;
        const lines = r.text.split('\n');
        const seen = new Set();
        for (let i = 0; i < lines.length && seen.size < DOC_MARKERS.length; i++) {
            for (const d of DOC_MARKERS) {
                if (seen.has(d.detail))
                    continue;
                const m = d.re.exec(lines[i]);
                if (!m)
                    continue;
                seen.add(d.detail);
                const column = m.index + (m[1] !== undefined && m[0].startsWith(m[1]) ? m[1].length : 0) + 1;
                out.push({ kind: 'file', path, line: i + 1, column, detail: d.detail });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/facts/dependencies.ts

const MAX_MANIFESTS = 5000;
const MAX_SCRIPTS = 5000;
const MAX_PIPE_INSTALLS = 200;
const MAX_FROM_LINES = 2000;
const MAX_SCRIPT_BYTES = 1024 * 1024;
/** Total bytes this module reads; past it, manifests are listed without being read and scripts are not scanned. */
const dependencies_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const exact = (...names) => {
    const set = new Set(names);
    return Object.assign((base) => set.has(base), { names });
};
const MATCHERS = [
    { ecosystem: 'npm', kind: 'manifest', test: exact('package.json'), declares: npmDeclares },
    { ecosystem: 'npm', kind: 'lockfile', test: exact('package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb') },
    { ecosystem: 'go', kind: 'manifest', test: exact('go.mod'), declares: (t) => /^[ \t]*require\b/m.test(t) },
    { ecosystem: 'go', kind: 'lockfile', test: exact('go.sum') },
    { ecosystem: 'cargo', kind: 'manifest', test: exact('Cargo.toml'), declares: cargoDeclares },
    { ecosystem: 'cargo', kind: 'lockfile', test: exact('Cargo.lock') },
    { ecosystem: 'pypi', kind: 'manifest', test: (b) => /^requirements.*\.(txt|in)$/i.test(b), declares: (t) => requirementLines(t).length > 0 },
    { ecosystem: 'pypi', kind: 'manifest', test: exact('pyproject.toml'), declares: pyprojectDeclares },
    { ecosystem: 'pypi', kind: 'manifest', test: exact('Pipfile'), declares: (t) => tomlSectionHasEntries(t, /^(dev-)?packages$/) },
    { ecosystem: 'pypi', kind: 'manifest', test: exact('setup.py'), declares: (t) => /\binstall_requires\s*=\s*\[\s*[^\]\s]/.test(t) },
    { ecosystem: 'pypi', kind: 'manifest', test: exact('setup.cfg'), declares: (t) => /^[ \t]*install_requires[ \t]*=[ \t]*(?:\S|(?:\r?\n)+[ \t]+\S)/m.test(t) },
    { ecosystem: 'pypi', kind: 'lockfile', test: exact('Pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml') },
    { ecosystem: 'maven', kind: 'manifest', test: exact('pom.xml'), declares: (t) => /<dependency>/.test(t) },
    { ecosystem: 'gradle', kind: 'manifest', test: exact('build.gradle', 'build.gradle.kts'), declares: gradleDeclares },
    { ecosystem: 'gradle', kind: 'manifest', test: exact('libs.versions.toml') },
    { ecosystem: 'gradle', kind: 'lockfile', test: (b) => b === 'gradle.lockfile' || (b.endsWith('.lockfile') && b.startsWith('buildscript-gradle')) },
    { ecosystem: 'rubygems', kind: 'manifest', test: (b) => b === 'Gemfile' || b === 'gems.rb' || b.endsWith('.gemspec'), declares: (t) => /^[ \t]*(gem|s\.add_(runtime_|development_)?dependency|spec\.add_(runtime_|development_)?dependency)\b/m.test(t) },
    { ecosystem: 'rubygems', kind: 'lockfile', test: exact('Gemfile.lock', 'gems.locked') },
    { ecosystem: 'composer', kind: 'manifest', test: exact('composer.json'), declares: composerDeclares },
    { ecosystem: 'composer', kind: 'lockfile', test: exact('composer.lock') },
    { ecosystem: 'nuget', kind: 'manifest', test: (b) => /\.(cs|fs|vb)proj$/.test(b) || b === 'Directory.Packages.props' || b === 'packages.config', declares: (t) => /<(PackageReference|PackageVersion|package)\s/i.test(t) },
    { ecosystem: 'nuget', kind: 'lockfile', test: exact('packages.lock.json') },
    { ecosystem: 'swift', kind: 'manifest', test: exact('Package.swift'), declares: (t) => /\.package\s*\(/.test(t) },
    { ecosystem: 'swift', kind: 'lockfile', test: exact('Package.resolved') },
    { ecosystem: 'pub', kind: 'manifest', test: exact('pubspec.yaml'), declares: (t) => /^(dev_)?dependencies:\s*\n[ \t]+\S/m.test(t) },
    { ecosystem: 'pub', kind: 'lockfile', test: exact('pubspec.lock') },
    { ecosystem: 'hex', kind: 'manifest', test: exact('mix.exs'), declares: (t) => /\{\s*:[a-z_0-9]+\s*,/.test(t) },
    { ecosystem: 'hex', kind: 'lockfile', test: exact('mix.lock') },
    { ecosystem: 'helm', kind: 'manifest', test: exact('Chart.yaml'), declares: (t) => /^dependencies:[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*-\s/m.test(t) },
    { ecosystem: 'helm', kind: 'lockfile', test: exact('Chart.lock') },
];
/** The first matcher of each exact name, and the matchers that test names otherwise (in order). */
const EXACT_MATCHER = new Map();
const OTHER_MATCHERS = [];
MATCHERS.forEach((m, i) => {
    const names = m.test.names;
    if (!names)
        OTHER_MATCHERS.push(i);
    else
        for (const n of names)
            if (!EXACT_MATCHER.has(n))
                EXACT_MATCHER.set(n, i);
});
/** The first of MATCHERS whose test accepts `base`, without calling every test. */
function matcherFor(base) {
    let best = EXACT_MATCHER.get(base) ?? MATCHERS.length;
    for (const i of OTHER_MATCHERS) {
        if (i >= best)
            break;
        if (MATCHERS[i].test(base)) {
            best = i;
            break;
        }
    }
    return MATCHERS[best];
}
/** Directory names whose content is someone else's code, copied in. */
const VENDOR_DIRS = new Set(['vendor', 'third_party', 'third-party', 'thirdparty', 'node_modules']);
function segments(path) {
    return path.split('/');
}
/** Index of the first vendored directory segment, or -1. */
function vendoredAt(parts) {
    for (let i = 0; i < parts.length - 1; i++)
        if (VENDOR_DIRS.has(parts[i]))
            return i;
    return -1;
}
function isDockerfileName(base) {
    const lower = base.toLowerCase();
    return lower === 'dockerfile' || lower === 'containerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile') || lower.endsWith('.containerfile');
}
function isScriptCandidate(path, base, kind) {
    if (isDockerfileName(base))
        return true;
    if (/\.(sh|bash|zsh|ksh|ps1)$/i.test(base))
        return true;
    if (base === 'Makefile' || base === 'makefile' || base === 'GNUmakefile' || base.endsWith('.mk'))
        return true;
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path))
        return true;
    if (/^\.github\/actions\/.+\/action\.ya?ml$/.test(path) || base === 'action.yml' || base === 'action.yaml')
        return true;
    // An extension-less executable is usually a script.
    return kind === 'executable' && !base.includes('.');
}
function gatherDependencies(snapshot) {
    const manifests = [];
    const dockerfiles = [];
    const pipeInstalls = [];
    const pipeInstallsInTestInputs = [];
    const vendoredCounts = new Map();
    const submodules = [];
    const scripts = [];
    let truncated = false;
    let budget = dependencies_MAX_TOTAL_BYTES;
    /** Reads a file when it fits in the remaining budget. */
    const readText = (path, maxBytes) => {
        const size = snapshot.size(path);
        if (size === null || size > maxBytes)
            return null;
        if (size > budget) {
            truncated = true;
            return null;
        }
        budget -= size;
        const r = snapshot.read(path);
        return r.ok ? r.text : null;
    };
    for (const f of snapshot.files) {
        const base = f.path.slice(f.path.lastIndexOf('/') + 1);
        // Every vendored directory name holds 'vendor', 'third' or 'node_modules': split only those paths.
        if (f.path.includes('vendor') || f.path.includes('third') || f.path.includes('node_modules')) {
            const parts = segments(f.path);
            const v = vendoredAt(parts);
            if (v >= 0) {
                const dir = parts.slice(0, v + 1).join('/');
                vendoredCounts.set(dir, (vendoredCounts.get(dir) ?? 0) + 1);
                continue;
            }
        }
        if (f.kind === 'submodule') {
            submodules.push({ path: f.path, url: null, line: null });
            continue;
        }
        if (f.kind === 'symlink')
            continue;
        // A manifest among test inputs (testdata/, fixtures/, ...) is a test's input, not the project's.
        const matched = matcherFor(base);
        const m = matched && !underFolder(f.path, TEST_INPUT_DIRS) ? matched : null;
        if (m && manifests.length >= MAX_MANIFESTS) {
            truncated = true;
        }
        else if (m) {
            let declares = null;
            const text = m.declares ? readText(f.path, Infinity) : null;
            if (m.declares && text !== null) {
                try {
                    declares = m.declares(text);
                }
                catch {
                    declares = null;
                }
            }
            manifests.push({ path: f.path, ecosystem: m.ecosystem, kind: m.kind, declaresDependencies: declares });
        }
        if (isScriptCandidate(f.path, base, f.kind)) {
            if (scripts.length < MAX_SCRIPTS)
                scripts.push(f.path);
            else
                truncated = true;
        }
    }
    // Submodules as declared in .gitmodules, merged with the index entries.
    const gm = snapshot.get('.gitmodules') ? snapshot.read('.gitmodules') : null;
    if (gm && gm.ok) {
        for (const decl of parseGitmodules(gm.text)) {
            const existing = submodules.find((s) => s.path === decl.path);
            if (existing) {
                existing.url = decl.url;
                existing.line = decl.line;
            }
            else
                submodules.push(decl);
        }
    }
    for (const path of scripts) {
        const base = path.slice(path.lastIndexOf('/') + 1);
        const text = readText(path, MAX_SCRIPT_BYTES);
        if (text === null || text.includes('\0'))
            continue;
        if (isDockerfileName(base)) {
            for (const from of parseDockerfileFroms(text)) {
                if (dockerfiles.length >= MAX_FROM_LINES) {
                    truncated = true;
                    break;
                }
                dockerfiles.push({ path, ...from });
            }
        }
        const list = underFolder(path, TEST_INPUT_DIRS) ? pipeInstallsInTestInputs : pipeInstalls;
        for (const hit of findPipeInstalls(text)) {
            if (list.length >= MAX_PIPE_INSTALLS) {
                truncated = true;
                break;
            }
            list.push({ kind: path.startsWith('.github/workflows/') ? 'workflow' : 'file', path, line: hit.line, column: hit.column, detail: hit.detail });
        }
    }
    return {
        manifests,
        ecosystems: summarise(manifests, snapshot),
        dockerfiles,
        submodules,
        vendored: [...vendoredCounts].map(([path, files]) => ({ path, files })).sort((a, b) => (a.path < b.path ? -1 : 1)),
        pipeInstalls,
        pipeInstallsInTestInputs,
        truncated,
    };
}
function summarise(manifests, snapshot) {
    const by = new Map();
    for (const m of manifests) {
        let e = by.get(m.ecosystem);
        if (!e)
            by.set(m.ecosystem, (e = { name: m.ecosystem, manifests: [], lockfiles: [], pinned: false }));
        (m.kind === 'lockfile' ? e.lockfiles : e.manifests).push(m.path);
    }
    for (const e of by.values()) {
        e.pinned = e.lockfiles.length > 0;
        if (!e.pinned && e.name === 'pypi') {
            // pip-compile style: requirements files where every requirement pins an exact version.
            const reqs = e.manifests.filter((p) => /(^|\/)requirements[^/]*\.txt$/i.test(p));
            if (reqs.length > 0) {
                e.pinned = reqs.every((p) => {
                    const r = snapshot.read(p);
                    if (!r.ok)
                        return false;
                    const lines = requirementLines(r.text);
                    return lines.length > 0 && lines.every((l) => pinsExactly(l) || /^-r\s|^--requirement\s|^-c\s/.test(l));
                });
            }
        }
    }
    return [...by.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}
function npmDeclares(text) {
    const j = parseJsonObject(text);
    if (!j)
        return null;
    for (const k of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
        const v = j[k];
        if (Array.isArray(v) ? v.length > 0 : v && typeof v === 'object' && Object.keys(v).length > 0)
            return true;
    }
    return false;
}
function composerDeclares(text) {
    const j = parseJsonObject(text);
    if (!j)
        return null;
    for (const k of ['require', 'require-dev']) {
        const v = j[k];
        // "php" and "ext-*" entries are platform requirements, not packages.
        if (v && typeof v === 'object' && Object.keys(v).some((name) => name !== 'php' && !name.startsWith('ext-')))
            return true;
    }
    return false;
}
function parseJsonObject(text) {
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
    }
    catch {
        return null;
    }
}
/**
 * A requirement line that pins one exact version: `name==1.2 ; marker` or `name===1.2 --hash=...`.
 * Read from its first '==' on, so that a long line is read once.
 */
function pinsExactly(line) {
    const at = line.indexOf('==');
    if (at < 0)
        return false;
    const version = /^===?\s*[^\s,;*]+/.exec(line.slice(at));
    if (!version)
        return false;
    const tail = line.slice(at + version[0].length);
    return /^\s*(?:;.*)?$/.test(tail) || /^(?:\s+--hash=\S+)*\s*\\?$/.test(tail);
}
function cargoDeclares(text) {
    return tomlSectionHasEntries(text, /^(workspace\.)?(dev-|build-)?dependencies(\..+)?$|^target\..+\.(dev-|build-)?dependencies(\..+)?$/);
}
function pyprojectDeclares(text) {
    // PEP 621: dependencies = ["x", ...] under [project]; Poetry: [tool.poetry.dependencies] beyond python.
    for (const m of text.matchAll(/^[ \t]*dependencies[ \t]*=[ \t]*\[/gm))
        if (listStartsWithString(text, m.index + m[0].length))
            return true;
    if (/^[ \t]*\[project\.optional-dependencies\][ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*[A-Za-z0-9_.-]+[ \t]*=[ \t]*\[\s*["']/m.test(text))
        return true;
    if (/^[ \t]*\[dependency-groups\][ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*[A-Za-z0-9_.-]+[ \t]*=[ \t]*\[\s*["']/m.test(text))
        return true;
    return tomlSectionHasEntries(text, /^tool\.poetry\.(dev-)?dependencies$|^tool\.poetry\.group\..+\.dependencies$/, (key) => key !== 'python');
}
/** After a TOML array's '[': is its first item (past blanks and comment lines) a string? */
function listStartsWithString(text, from) {
    let i = from;
    while (i < text.length) {
        const c = text[i];
        if (c === '#') {
            const eol = text.indexOf('\n', i);
            if (eol < 0)
                return false;
            i = eol + 1;
        }
        else if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
            i++;
        else
            return c === '"' || c === "'";
    }
    return false;
}
/** True when a TOML table whose name matches `section` has at least one key (optionally filtered). */
function tomlSectionHasEntries(text, section, keep = () => true) {
    let inSection = false;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const header = /^\[\[?([^\]]+)\]/.exec(line);
        if (header) {
            const name = header[1].trim().replace(/["']/g, '');
            inSection = section.test(name);
            // [dependencies.foo] is itself a dependency entry.
            if (inSection && /(^|\.)dependencies\.[^.]+$/.test(name))
                return true;
            continue;
        }
        if (inSection) {
            const key = /^["']?([A-Za-z0-9_.-]+)["']?\s*=/.exec(line);
            if (key && keep(key[1]))
                return true;
        }
    }
    return false;
}
function gradleDeclares(text) {
    return /\b(implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|androidTestImplementation|annotationProcessor|kapt|ksp|classpath|compile|testCompile)\s*[('"]/.test(text);
}
/** Requirement lines of a pip requirements file: comments, blanks and pip options removed (except -r/-c includes). */
function requirementLines(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line)
            continue;
        if (line.startsWith('-') && !/^(-r|--requirement|-c|--constraint|-e|--editable)\s/.test(line))
            continue;
        if (/^\s*--hash=/.test(line))
            continue;
        out.push(line);
    }
    return out;
}
function parseGitmodules(text) {
    const out = [];
    let current = null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && out.length < 10_000; i++) {
        const line = lines[i].trim();
        if (/^\[submodule\b/.test(line)) {
            current = { path: '', url: null, line: i + 1 };
            out.push(current);
            continue;
        }
        if (!current)
            continue;
        const kv = /^(path|url)\s*=(.*)$/.exec(line);
        if (kv) {
            if (kv[1] === 'path')
                current.path = kv[2].trim();
            else
                current.url = kv[2].trim();
        }
    }
    return out.filter((s) => s.path !== '');
}
/** FROM lines of a Dockerfile, following line continuations; stage references and `scratch` are left out. */
function parseDockerfileFroms(text) {
    const out = [];
    const stages = new Set();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const startLine = i + 1;
        let logical = lines[i];
        while (/\\\s*$/.test(logical) && i + 1 < lines.length && logical.length < 8192) {
            logical = logical.replace(/\\\s*$/, ' ') + lines[++i];
        }
        const m = /^\s*FROM\s(.*)$/i.exec(logical);
        if (!m)
            continue;
        const words = m[1].trim().split(/\s+/).filter((w) => !w.startsWith('--'));
        const image = words[0];
        if (!image)
            continue;
        const isStageRef = stages.has(image.toLowerCase());
        if (words.length >= 3 && words[1].toLowerCase() === 'as')
            stages.add(words[2].toLowerCase());
        if (image.toLowerCase() === 'scratch' || isStageRef)
            continue;
        out.push({ line: startLine, image, pinnedByDigest: /@sha256:[0-9a-f]{64}\b/i.test(image) });
    }
    return out;
}
// A download in one stage of a pipeline, the next stage a shell or an interpreter: `curl \u2026 | sudo sh`,
// `iwr \u2026 | iex`. Matched stage by stage (one regular expression across the line rescanned the rest
// of the line from every `curl` on it), then `sh -c "$(curl \u2026)"`.
const SHELL_DOWNLOADER = /\b(?:curl|wget)\b/;
const ANY_DOWNLOADER = /\b(?:curl|wget|iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b/;
const INTO_SHELL = /^\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+[^\s=]+=\S*\s+)*(?:ba|z|da|k)?sh\b/;
const INTO_INTERPRETER = /^\s*(?:sudo\s+)?(?:python3?|perl|ruby|node|iex|Invoke-Expression)\b/;
const SHELL_OF_DOWNLOAD = /\b(?:ba|z)?sh\s+(?:-c\s+)?(?:["']\s*)?[<$]\(\s*(?:curl|wget)\b/;
/** The first download piped into an interpreter on a line: where it starts and its text. */
function pipeInstall(line) {
    let best = null;
    const sub = SHELL_OF_DOWNLOAD.exec(line);
    if (sub)
        best = { index: sub.index, text: sub[0] };
    let commandStart = 0;
    for (const command of line.split(/[;&]/)) {
        let stageStart = commandStart;
        const stages = command.split('|');
        for (let k = 0; k + 1 < stages.length; k++) {
            const stage = stages[k];
            const next = stages[k + 1];
            const into = SHELL_DOWNLOADER.test(stage) ? (INTO_SHELL.exec(next) ?? INTO_INTERPRETER.exec(next)) : ANY_DOWNLOADER.test(stage) ? INTO_INTERPRETER.exec(next) : null;
            if (into) {
                const d = (SHELL_DOWNLOADER.test(stage) && INTO_SHELL.test(next) ? SHELL_DOWNLOADER : ANY_DOWNLOADER).exec(stage);
                const index = stageStart + (d?.index ?? 0);
                const end = stageStart + stage.length + 1 + into[0].length;
                if (best === null || index < best.index)
                    best = { index, text: line.slice(index, end) };
                break;
            }
            stageStart += stage.length + 1;
        }
        commandStart += command.length + 1;
    }
    return best;
}
/** Downloads piped straight into a shell or interpreter. */
function findPipeInstalls(text) {
    const out = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && out.length < 50; i++) {
        const line = lines[i];
        if (line.length > 4096 || !/curl|wget|iwr|invoke-/i.test(line))
            continue;
        if (/^\s*#(?!!)/.test(line))
            continue; // a comment, in shell, YAML, Dockerfile and make
        const m = pipeInstall(line);
        if (!m)
            continue;
        const shown = m.text.length > 120 ? m.text.slice(0, 117) + '...' : m.text;
        out.push({ line: i + 1, column: m.index + 1, detail: `download piped into an interpreter: "${shown}"` });
    }
    return out;
}

// EXTERNAL MODULE: ./src/facts/security-insights/checks.ts
var checks = __webpack_require__(7267);
;// CONCATENATED MODULE: ./src/facts/doc-links.ts


/** Hops followed from a document found by its name. */
const MAX_HOPS = 2;
/** Documents added by following links, in all. */
const MAX_LINKED_DOCS = 40;
/** Links examined per document. */
const MAX_LINKS_PER_DOC = 200;
/** Text documents a link may lead to; a folder leads to its README. */
const TEXT_DOC = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;
const FOLDER_INDEX = ['README.md', 'readme.md', 'Readme.md', 'README.markdown', 'README.rst', 'README.txt', 'README', 'index.md', '_index.md'];
/**
 * The repository path a link in `from` points at, when it is a text document (or a folder with a
 * README) inside this repository; null for anything else (another site, another repository, a path
 * that climbs out of the root, a missing file, an anchor in the same page).
 */
function resolveDocLink(snap, from, target, repository) {
    const raw = target.trim();
    if (raw === '' || raw.startsWith('#'))
        return null;
    let candidates;
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
        if (!repository || !/^https?:/i.test(raw))
            return null;
        candidates = (0,checks/* repoPathCandidates */.ig)(raw, repository.toLowerCase()) ?? [];
    }
    else {
        const clean = raw.replace(/[#?][^]*/, '');
        let decoded;
        try {
            decoded = decodeURIComponent(clean);
        }
        catch {
            return null;
        }
        const dir = decoded.startsWith('/') ? '' : from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
        const p = inside(dir, decoded);
        candidates = p === null ? [] : [p];
    }
    for (const c of candidates) {
        const p = c.replace(/(?<!\/)\/+$/, '');
        const entry = p === '' ? undefined : snap.get(p);
        if (entry && entry.kind === 'file')
            return TEXT_DOC.test(p) || !p.slice(p.lastIndexOf('/') + 1).includes('.') ? p : null;
        if (entry)
            return null;
        for (const name of FOLDER_INDEX) {
            const index = p === '' ? name : `${p}/${name}`;
            if (snap.get(index)?.kind === 'file')
                return index;
        }
    }
    return null;
}
/** `rel` resolved under `dir`, or null when it climbs out of the repository. */
function inside(dir, rel) {
    const parts = dir === '' ? [] : dir.split('/');
    for (const s of rel.split('/')) {
        if (s === '' || s === '.')
            continue;
        if (s === '..') {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else
            parts.push(s);
    }
    return parts.join('/');
}
/**
 * Follows links from `start` (documents with their outlines) breadth first, up to MAX_HOPS, keeping
 * the links `follow` accepts; `known` gives the outline of a document already read (never read
 * again). Every other document is read once, through the snapshot, and outlined.
 */
function followLinks(snap, start, repository, follow, known, budget) {
    const out = [];
    const seen = new Set(start.map((d) => d.path));
    let frontier = start.map((d) => ({ ...d, hops: 0 }));
    while (frontier.length > 0) {
        const next = [];
        for (const from of frontier) {
            if (from.hops >= MAX_HOPS || !from.outline)
                continue;
            for (const link of from.outline.links.slice(0, MAX_LINKS_PER_DOC)) {
                if (budget.left <= 0)
                    return out;
                const to = resolveDocLink(snap, from.path, link.target, repository);
                if (to === null || seen.has(to) || !follow(link, from, to))
                    continue;
                seen.add(to);
                budget.left--;
                const already = known(to);
                let outline = already?.outline ?? null;
                let unreadable = already?.unreadable;
                if (!already) {
                    const r = readOutline(snap, to);
                    if (r.ok)
                        outline = r.outline;
                    else
                        unreadable = r.reason;
                }
                const doc = { path: to, outline, via: { path: from.path, line: link.line }, hops: from.hops + 1, ...(unreadable ? { unreadable } : {}) };
                out.push(doc);
                next.push({ path: to, outline, hops: from.hops + 1 });
            }
        }
        frontier = next;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/facts/documents.ts
// The project's documentation as outlines: which well-known documents exist, where, and what
// sections they have. Rules ask "is there a section that tells the reader how to X".


/**
 * A documentation site's security page where GitHub does not look: doc/, documentation/ or
 * website/docs/security.md, or a docs/security/ folder's page (docs/security.md itself is a
 * community file, found with the others).
 */
const DOCS_SECURITY_PAGE = /^(?:docs?|documentation|website\/docs)\/(?:security|security\/(?:security|index|readme))\.(?:md|markdown|rst|adoc)$/i;
/** A root folder of release notes, one file per release line or per release. */
const RELEASE_NOTES_DIR = /^(?:release[-_]?notes|changelogs?|changes)\//i;
/** Files of such a folder that are not notes: credits, its README, templates. */
const NOT_NOTES = /^(?:credits|authors|contributors|readme|template|\.)/i;
/** Release-note files read from such a folder: the newest few are enough to show there are notes. */
const MAX_RELEASE_NOTES_FILES = 2;
/** The files of a root release-notes folder, newest first by name (VERSION-3.x before VERSION-2.x), at most MAX_RELEASE_NOTES_FILES. */
function releaseNotesFiles(snap) {
    const found = [];
    for (const f of snap.files) {
        if (f.kind !== 'file' || !RELEASE_NOTES_DIR.test(f.path))
            continue;
        const base = f.path.slice(f.path.indexOf('/') + 1);
        // Text by its name: a text extension, none, or a version's (VERSION-2.x, 1.30); not .toml or .json.
        if (base.includes('/') || NOT_NOTES.test(base) || (base.includes('.') && !documents_TEXT_DOC.test(base) && !/\.(?:\d+|x)$/i.test(base)))
            continue;
        found.push(f.path);
    }
    return found.sort((a, b) => b.localeCompare(a, 'en', { numeric: true })).slice(0, MAX_RELEASE_NOTES_FILES);
}
/** Where GitHub looks for community health files, in its order of preference. */
const COMMUNITY_DIRS = ['', '.github/', 'docs/'];
const ROLE_NAMES = [
    ['readme', /^readme(\.[a-z]+)?$/i],
    ['contributing', /^contributing(\.[a-z]+)?$/i],
    ['security', /^security(\.[a-z]+)?$/i],
    ['support', /^support(\.[a-z]+)?$/i],
    ['governance', /^governance(\.[a-z]+)?$/i],
    ['maintainers', /^(maintainers|owners|committers|codeowners-list)(\.[a-z]+)?$/i],
    ['codeowners', /^codeowners$/i],
    ['code-of-conduct', /^code[_-]of[_-]conduct(\.[a-z]+)?$/i],
    ['changelog', /^(changelog|changes|history|news|releases|release[_-]notes)(\.[a-z]+)?$/i],
    ['cra-readiness', /^cra[-_]?readiness(\.[a-z]+)?$/i],
];
const documents_TEXT_DOC = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc)$/i;
/**
 * Lists of work not done (TODO.md, KNOWN_BUGS.md): each heading is a plan or a defect, not how the
 * project works (curl's TODO item "Package curl for Windows in a signed installer").
 */
const WORK_LIST = /(?:^|\/)(?:todo|to-do|known[-_ ]?(?:bugs|issues)|wishlist)\.[a-z]+$/i;
/**
 * Pages kept for the record in a historical or archive folder (containerd's docs/historical/: 2017 status reports and the first
 * designs; jackson-databind's attic/): they do not speak for the project today, so they are not read as its documentation.
 */
const HISTORICAL = /(?:^|\/)(?:historical|archived?|attic)\//i;
/**
 * Documentation files read beyond the well-known names: Markdown, reStructuredText (Sphinx) and
 * AsciiDoc, outlined alike. The docs role holds nothing else, so rules match its pages by name
 * only and never restate the formats.
 */
const OUTLINED_DOC = /\.(md|markdown|mdx|rst|adoc|asciidoc)$/i;
/**
 * A docs/ page (or root Markdown file) whose path names a project topic, not a product one. A
 * policy counts when its name says what the project's policy is about (DEPENDENCY-POLICY.md,
 * docs/deprecation-policy.md): "policies" alone may be the product's (a policy engine's docs).
 * "Security" is SECURITY_PAGE's.
 */
const PROJECT_DOC_PATH = /(?:^|[/_-])(?:governance|contribut\w*|maintainers?|maintainership|owners|committers|support|releases?|releasing|release[-_]process|code[-_]of[-_]conduct|community|charter|steering|roadmap|development|developing|developer[-_]guide|hacking|building|build[-_]from[-_]source|dev[-_]setup|(?:dependency|dependencies|vulnerability|remediation|deprecation|versioning|backport|maintenance|patch)[-_](?:management[-_])?polic(?:y|ies)|dependency[-_]management)(?:[/_.-]|$)/i;
/**
 * A security page of the project: "security" leading the name of a page or folder at the root or
 * right under the documentation folder (docs/security.md, docs/security/self-assessment.md,
 * security-policy.md). Deeper, or after another word, it is the product's security
 * (docs/libcurl/libcurl-security.md, Strimzi's documentation/modules/security/).
 */
const SECURITY_PAGE = /^(?:[^/]+\/)?security(?:[/_.-]|$)/i;
/** Instructions to coding agents at the root (agents.md and its kin): how to build, test and change the project. */
const AGENT_INSTRUCTIONS = /^(?:agents|claude|gemini)\.md$/i;
/** Whether a document instructs coding agents (AGENTS.md and its kin): a prompt, whose "role" is the agent's, not a member's. */
function agentInstructions(path) {
    return AGENT_INSTRUCTIONS.test(path);
}
/** The kind of a document of a role at a path (see DocumentKind). */
function documentKind(role, path) {
    if (role === 'design')
        return 'product';
    if (role !== 'docs')
        return 'project';
    return PROJECT_DOC_PATH.test(path) || SECURITY_PAGE.test(path) || AGENT_INSTRUCTIONS.test(path) ? 'project' : 'product';
}
const MAX_DOCS_FILES = 300;
/** Design documents read from a root design/, architecture/ or proposals/ folder (and its kin): enough to show there are some. */
const MAX_DESIGN_DOCS = 20;
/**
 * Words of a docs/ path that say it may hold what rules look for (how to test, build, contribute,
 * verify, use the API; the project's policies). Past the cap, such pages are read before the rest:
 * curl's 900 pages of docs/ put its test suite's guide after 500 reference pages of its library.
 */
const TOPIC_PATH = /test|build|develop|contribut|hacking|security|threat|design|architect|api\b|reference|usage|guide|install|quick[-_]?start|getting[-_]?started|tutorial|support|releas|govern|maintain|dependenc|polic|verif|sign|faq|roadmap|overview|intro|index|readme/i;
/** At most `cap` of the paths, in their order: all when they fit; else top-level pages and pages named for a topic first, then the rest. */
function withinCap(paths, cap) {
    if (paths.length <= cap)
        return paths;
    if (cap <= 0)
        return [];
    const first = (p) => p.indexOf('/') === p.lastIndexOf('/') || TOPIC_PATH.test(p.slice(p.indexOf('/') + 1));
    const chosen = new Set(paths.filter(first).slice(0, cap));
    for (const p of paths) {
        if (chosen.size >= cap)
            break;
        chosen.add(p);
    }
    return paths.filter((p) => chosen.has(p));
}
/**
 * Project documents that may delegate to another file, and the words (in the link's text or the
 * target's file name) that show the link hands over the same document: "the rules are in
 * [contribute/README.md]", "[security policy](docs/policy.md)". A long SECURITY.md that links its
 * self-assessment refers to it; it does not make it the security policy.
 */
const DELEGATES = [
    ['contributing', /contribut|develop|hacking|pull.?request|review|style|convention|commit|guidelines/i],
    ['security', /security.?(?:policy|process|md\b)|vulnerab|disclos|reporting/i],
    ['governance', /govern|charter|maintainer|steering|decision/i],
    ['support', /support|help|faq/i],
    ['maintainers', /maintainer|owner|committer/i],
];
/** The words a link is judged by: its text (a path as text counts by its file name) and the target's file name. */
function linkWords(text, to) {
    const t = text.trim();
    const named = /^[\w./-]+$/.test(t) && t.includes('/') ? t.slice(t.lastIndexOf('/') + 1) : t;
    const parts = to.split('/');
    const base = parts[parts.length - 1];
    // A folder's README is named by its folder (contribute/README.md).
    const name = (README_NAME.test(base) || /^_?index\./i.test(base)) && parts.length > 1 ? parts[parts.length - 2] : base;
    return `${named} ${name}`;
}
/** A document that says little itself and points elsewhere: each of its in-repository links is followed. */
function thin(outline) {
    return outline !== null && outline.proseChars < 600 && outline.links.length <= 15;
}
const README_NAME = /(^|\/)readme(\.(md|markdown|mdx|rst|txt))?$/i;
/** Folders whose subfolders are a monorepo's components, each with its README (charts/web/README.md). */
const COMPONENT_DIRS = new Set(['charts', 'packages', 'apps', 'cmd', 'crates', 'modules', 'plugins', 'services', 'libs', 'components', 'operators', 'addons', 'extensions', 'sdks', 'providers']);
const MAX_COMPONENT_READMES = 20;
function gatherDocuments(snap, options = {}) {
    const byPath = {};
    const roles = {};
    const add = (path, role) => {
        if (!byPath[path]) {
            const r = readOutline(snap, path);
            const kind = documentKind(role, path);
            byPath[path] = r.ok ? { path, role, kind, outline: r.outline } : { path, role, kind, outline: null, unreadable: r.reason };
        }
        (roles[role] ??= []).push(path);
    };
    for (const dir of COMMUNITY_DIRS) {
        for (const f of snap.filesIn(dir)) {
            if (f.kind === 'submodule')
                continue;
            const base = f.path.slice(dir.length);
            for (const [role, re] of ROLE_NAMES) {
                if (re.test(base) && (role === 'codeowners' || documents_TEXT_DOC.test(base) || !base.includes('.'))) {
                    add(f.path, role);
                    break;
                }
            }
        }
    }
    // Without a changelog file at the root, a folder of release notes is the changelog
    // (jackson-databind's release-notes/VERSION-2.x; Kubernetes-style CHANGELOG/CHANGELOG-1.30.md).
    if (!roles.changelog)
        for (const path of releaseNotesFiles(snap))
            add(path, 'changelog');
    // Without a SECURITY.md where GitHub looks, the documentation site's security page is the policy
    // (okhttp's docs/security/security.md: supported versions, reporting, verifying artifacts).
    if (!roles.security) {
        const page = snap.files.find((f) => f.kind === 'file' && DOCS_SECURITY_PAGE.test(f.path));
        if (page)
            add(page.path, 'security');
    }
    for (const f of snap.files) {
        if (f.kind === 'submodule')
            continue;
        if (f.path.startsWith('.github/ISSUE_TEMPLATE/') && !f.path.slice(23).includes('/'))
            add(f.path, 'issue-template');
        // GitHub's single issue template of old, still shown for every new issue (in-toto's, python-tuf's).
        else if (/^(\.github\/|docs\/)?issue_template\.md$/i.test(f.path))
            add(f.path, 'issue-template');
        else if (/^(\.github\/|docs\/)?pull_request_template\.md$/i.test(f.path) || f.path.startsWith('.github/PULL_REQUEST_TEMPLATE/'))
            add(f.path, 'pull-request-template');
    }
    let docsCount = 0;
    // Other Markdown and reStructuredText at the root (BUILDING.md, ARCHITECTURE.md, THREAT_MODEL.rst, ...) reads as documentation.
    for (const f of snap.filesIn('', (base) => OUTLINED_DOC.test(base))) {
        if (docsCount >= MAX_DOCS_FILES)
            break;
        if (f.kind === 'submodule' || byPath[f.path] || WORK_LIST.test(f.path))
            continue;
        add(f.path, 'docs');
        docsCount++;
    }
    const docs = [];
    for (const f of snap.files) {
        if (f.kind === 'submodule' || byPath[f.path])
            continue;
        if (/^(docs?|documentation|website\/docs|site\/content)\//i.test(f.path) && OUTLINED_DOC.test(f.path) && !WORK_LIST.test(f.path) && !HISTORICAL.test(f.path))
            docs.push(f.path);
    }
    for (const path of withinCap(docs, MAX_DOCS_FILES - docsCount))
        add(path, 'docs');
    // Design documents kept at the root are design documentation only: their "Examples" or
    // "Supported Versions" sections are about a proposal, not how to use or support the software.
    let designs = 0;
    for (const f of snap.files) {
        if (designs >= MAX_DESIGN_DOCS)
            break;
        if (f.kind === 'submodule' || byPath[f.path] || !/^(?:design|architecture|proposals|rfcs?|keps|enhancements)\//i.test(f.path) || !OUTLINED_DOC.test(f.path) || HISTORICAL.test(f.path))
            continue;
        add(f.path, 'design');
        designs++;
    }
    followDelegation(snap, byPath, roles, options.repository ?? null);
    return { byPath, roles };
}
/**
 * Links that lead to the evidence: a project document (CONTRIBUTING, SECURITY, GOVERNANCE, ...)
 * that sends the reader to another file for its substance gives that file its role; the root
 * README's links to components' READMEs, and the READMEs of well-known component folders, are the
 * components' user guides.
 */
function followDelegation(snap, byPath, roles, repository) {
    const budget = { left: MAX_LINKED_DOCS };
    const known = (p) => byPath[p];
    const adopt = (d, role) => {
        const list = (roles[role] ??= []);
        if (list.includes(d.path))
            return;
        list.push(d.path);
        const info = byPath[d.path];
        if (!info)
            byPath[d.path] = { path: d.path, role, kind: documentKind(role, d.path), outline: d.outline, ...(d.via ? { via: d.via } : {}), ...(d.unreadable ? { unreadable: d.unreadable } : {}) };
        else if (d.via)
            info.via ??= d.via;
    };
    // A link to a document that has a role of its own by its name (the root README, a code of
    // conduct, a changelog, a license) is not delegation.
    const ownRole = (to) => {
        const known = byPath[to];
        if (known && known.role !== 'docs')
            return true;
        const base = to.slice(to.lastIndexOf('/') + 1);
        return (!to.includes('/') && README_NAME.test(to)) || /^(licen[cs]e|copying|notice|authors|code[_-]of[_-]conduct|changelog|changes|history)([._-]|$)/i.test(base);
    };
    for (const [role, topic] of DELEGATES) {
        const start = (roles[role] ?? []).map((p) => byPath[p]).filter((d) => d !== undefined && d.via === undefined);
        const linked = followLinks(snap, start, repository, (link, from, to) => !ownRole(to) && !HISTORICAL.test(to) && (thin(from.outline) || topic.test(linkWords(link.text, to))), known, budget);
        for (const d of linked)
            adopt(d, role);
    }
    const readme = (roles.readme ?? []).map((p) => byPath[p]).find((d) => d !== undefined && !d.path.includes('/'));
    if (readme) {
        const components = followLinks(snap, [readme], repository, (_link, _from, to) => README_NAME.test(to) && to.includes('/'), known, budget);
        for (const d of components)
            adopt(d, 'component-readme');
    }
    let n = (roles['component-readme'] ?? []).length;
    for (const f of snap.files) {
        if (n >= MAX_COMPONENT_READMES)
            break;
        const parts = f.path.split('/');
        if (parts.length !== 3 || f.kind === 'submodule' || !COMPONENT_DIRS.has(parts[0].toLowerCase()) || !README_NAME.test(parts[2]))
            continue;
        if ((roles['component-readme'] ?? []).includes(f.path))
            continue;
        const r = byPath[f.path] ? null : readOutline(snap, f.path);
        const outline = byPath[f.path]?.outline ?? (r?.ok ? r.outline : null);
        adopt({ path: f.path, outline, ...(r && !r.ok ? { unreadable: r.reason } : {}) }, 'component-readme');
        n++;
    }
}
/** First readable document of a role. */
function documentOf(docs, role) {
    for (const p of docs.roles[role] ?? []) {
        const d = docs.byPath[p];
        if (d)
            return d;
    }
    return undefined;
}
function documents_documentsOf(docs, role) {
    return (docs.roles[role] ?? []).map((p) => docs.byPath[p]).filter((d) => d !== undefined);
}

// EXTERNAL MODULE: ./src/facts/read-capped.ts
var read_capped = __webpack_require__(9169);
;// CONCATENATED MODULE: ./src/facts/fetch-text.ts

// HTTPS GET of a small text document (a parent Security Insights file): time- and size-bounded.
async function fetchText(url, options = {}) {
    if (!url.startsWith('https://'))
        throw new Error('only HTTPS URLs are fetched');
    const maxBytes = options.maxBytes ?? 1024 * 1024;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
    const res = await fetch(url, { redirect: 'follow', signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout });
    // A redirect may not downgrade to plain HTTP (fetch follows it before we see it).
    if (res.url && !res.url.startsWith('https://'))
        throw new Error('redirected to a URL that is not HTTPS');
    if (!res.ok)
        throw new Error(`HTTP ${res.status}`);
    const body = await (0,read_capped/* readCapped */.E)(res, maxBytes);
    if (body.type === 'too-large')
        throw new Error(`larger than ${maxBytes} bytes`);
    if (body.type === 'truncated')
        throw new Error('the response was cut short');
    return new TextDecoder('utf-8').decode(body.bytes);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/facts/github/branch.ts
function decide(evidence) {
    const yes = evidence.filter((e) => e.says === true);
    if (yes.length > 0)
        return { value: true, sources: yes.map((e) => e.source) };
    const unknown = evidence.filter((e) => e.says === undefined);
    if (unknown.length === 0)
        return { value: false, sources: evidence.map((e) => e.source) };
    return { value: null, sources: [], note: unknown.map((e) => e.unknownNote).filter(Boolean).join('; ') };
}
function summariseBranchProtection(branchName, rules, classic, branch) {
    const rulesNote = rules.state === 'unknown' ? `rulesets unknown: ${rules.reason}` : undefined;
    const classicNote = classic.state === 'unknown' ? `classic branch protection unknown: ${classic.reason}` : undefined;
    const ruleEvidence = (pred) => rules.state === 'ok'
        ? { says: pred(rules.data), source: rules.source.endpoint }
        : { says: undefined, source: rules.endpoint ?? 'rulesets', unknownNote: rulesNote };
    // Classic protection: read directly when the token may; otherwise the branch's `protected: false`
    // still proves there is none.
    const classicEvidence = (pred) => {
        if (classic.state === 'ok')
            return { says: classic.data.enabled && pred(classic.data), source: classic.source.endpoint };
        if (branch.state === 'ok' && !branch.data.protected)
            return { says: false, source: branch.source.endpoint };
        return { says: undefined, source: classic.endpoint ?? 'classic protection', unknownNote: classicNote };
    };
    const hasRule = (type) => (data) => data.rules.some((r) => r.type === type);
    const pullRequestRequired = decide([
        ruleEvidence(hasRule('pull_request')),
        classicEvidence((c) => c.pullRequestReviewsRequired),
    ]);
    const statusEvidence = [
        ruleEvidence((d) => d.rules.some((r) => r.type === 'required_status_checks' && (r.requiredStatusChecks?.length ?? 0) > 0)),
        classicEvidence((c) => c.statusChecksRequired),
    ];
    if (branch.state === 'ok' && branch.data.statusCheckEnforcement && branch.data.statusCheckEnforcement !== 'off' && branch.data.statusCheckContexts.length > 0) {
        statusEvidence.push({ says: true, source: branch.source.endpoint });
    }
    const statusChecksRequired = decide(statusEvidence);
    const deletionBlocked = decide([ruleEvidence(hasRule('deletion')), classicEvidence((c) => !c.allowDeletions)]);
    const forcePushBlocked = decide([ruleEvidence(hasRule('non_fast_forward')), classicEvidence((c) => !c.allowForcePushes)]);
    return {
        branch: branchName,
        pullRequestRequired,
        requiredApprovals: approvals(pullRequestRequired, rules, classic),
        statusChecksRequired,
        deletionBlocked,
        forcePushBlocked,
    };
}
function approvals(pr, rules, classic) {
    if (pr.value === false)
        return { value: 0, sources: pr.sources };
    if (pr.value === null)
        return { value: null, sources: [], note: pr.note };
    const counts = [];
    if (rules.state === 'ok') {
        for (const rule of rules.data.rules) {
            if (rule.type === 'pull_request')
                counts.push({ n: rule.requiredApprovingReviewCount ?? 0, source: rules.source.endpoint });
        }
    }
    if (classic.state === 'ok' && classic.data.enabled && classic.data.pullRequestReviewsRequired) {
        counts.push({ n: classic.data.requiredApprovingReviewCount, source: classic.source.endpoint });
    }
    const max = Math.max(...counts.map((c) => c.n));
    const sources = [...new Set(counts.filter((c) => c.n === max).map((c) => c.source))];
    const unread = [rules.state === 'unknown' ? 'rulesets' : null, classic.state === 'unknown' ? 'classic branch protection' : null].filter(Boolean);
    return unread.length > 0
        ? { value: max, sources, note: `at least ${max}: ${unread.join(' and ')} could not be read` }
        : { value: max, sources };
}

// EXTERNAL MODULE: ./src/facts/github/http.ts
var http = __webpack_require__(6763);
;// CONCATENATED MODULE: ./src/facts/github/releases.ts
const SIGNATURE_SUFFIXES = ['.sig', '.asc', '.sigstore', '.sigstore.json', '.bundle', '.minisig', '.p7s'];
const CERTIFICATE_SUFFIXES = ['.pem', '.crt', '.cert'];
const SBOM_SUFFIXES = ['.spdx', '.spdx.json', '.spdx.xml', '.spdx.yaml', '.spdx.yml', '.cdx.json', '.cdx.xml'];
const CHECKSUM_SUFFIXES = ['.sha256', '.sha512', '.sha256sum', '.sha512sum', '.sha1', '.md5'];
/** What an asset is, judged by its name only. A signature over a checksum file is a signature. */
function classifyAsset(name) {
    const lower = name.toLowerCase();
    const kinds = [];
    if (SIGNATURE_SUFFIXES.some((s) => lower.endsWith(s)))
        return ['signature'];
    if (CERTIFICATE_SUFFIXES.some((s) => lower.endsWith(s)))
        return ['certificate'];
    if (SBOM_SUFFIXES.some((s) => lower.endsWith(s)) ||
        /(^|[^a-z])s?bom\.(json|xml)$/.test(lower) ||
        /(^|[^a-z])sbom([^a-z]|$)/.test(lower) ||
        lower.includes('cyclonedx')) {
        kinds.push('sbom');
    }
    if (lower.endsWith('.intoto.jsonl') || lower.endsWith('.intoto.json') || lower.includes('provenance')) {
        kinds.push('provenance');
    }
    if (CHECKSUM_SUFFIXES.some((s) => lower.endsWith(s)) ||
        /^(sha(1|256|384|512)|md5)sums?([._-].*)?$/.test(lower) ||
        /(^|[^a-z])checksums?([^a-z]|$)/.test(lower)) {
        kinds.push('checksum');
    }
    if (/(^|[^a-z])(licen[cs]es?|copying|notice)([^a-z]|$)/.test(lower))
        kinds.push('license');
    return kinds;
}
/**
 * The version a tag names: `v1.2.3` \u2192 `1.2.3`, `tool-v2.0.0-rc.1` \u2192 `2.0.0-rc.1`;
 * a tag without a dotted number is its own version.
 */
function versionFromTag(tag) {
    const match = /(?<!\d)\d+(?:\.\d+)+(?:[-+][0-9A-Za-z.-]+)?/.exec(tag);
    return match ? match[0] : tag.replace(/^v(?=\d)/, '');
}
function assetContainsVersion(assetName, tag) {
    const version = versionFromTag(tag);
    if (!version)
        return false;
    return assetName.toLowerCase().includes(version.toLowerCase());
}
const CHANGE_WORDS = /(change ?log|what'?s changed|release notes|breaking|bug ?fix|fix(es|ed)?\b|features?\b|added|removed|deprecat|security|improvements?|full changelog)/i;
/** True when a release body reads like release notes: change words and some structure. */
function looksLikeChangelog(body) {
    const text = body.trim();
    if (text.length < 20)
        return false;
    const bullets = text.split(/\r?\n/).filter((line) => /^\s*([-*+]|\d+\.)\s+\S/.test(line)).length;
    const headings = /^\s{0,3}#{1,6}\s+\S/m.test(text);
    return CHANGE_WORDS.test(text) && (bullets >= 1 || headings || text.length >= 80);
}
function describeRelease(raw) {
    const assets = raw.assets.map((asset) => ({
        name: asset.name,
        size: asset.size,
        browserDownloadUrl: asset.browserDownloadUrl,
        kinds: classifyAsset(asset.name),
        containsVersion: assetContainsVersion(asset.name, raw.tagName),
    }));
    const has = (kind) => assets.some((a) => a.kinds.includes(kind));
    // Signatures, certificates, checksum lists, provenance and licenses are commonly named after
    // the artifact or not versioned at all; the version check is about the artifacts themselves.
    const artifacts = assets.filter((a) => !a.kinds.some((k) => k !== 'sbom'));
    return {
        tagName: raw.tagName,
        name: raw.name,
        draft: raw.draft,
        prerelease: raw.prerelease,
        publishedAt: raw.publishedAt,
        htmlUrl: raw.htmlUrl,
        bodyLength: raw.body.length,
        hasChangelogBody: looksLikeChangelog(raw.body),
        assets,
        hasSignature: has('signature'),
        hasSbom: has('sbom'),
        hasProvenance: has('provenance'),
        hasChecksums: has('checksum'),
        hasLicense: has('license'),
        assetNamesContainVersion: artifacts.length > 0 && artifacts.every((a) => a.containsVersion),
    };
}
/** Derived facts over the published (non-draft) releases. */
function summariseReleases(releases) {
    const published = releases.filter((r) => !r.draft);
    const seen = new Map();
    for (const r of published)
        seen.set(r.tagName, (seen.get(r.tagName) ?? 0) + 1);
    const duplicateTagNames = [...seen].filter(([, count]) => count > 1).map(([tag]) => tag);
    const latest = [...published]
        .filter((r) => r.publishedAt)
        .sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))[0] ?? published[0];
    const count = (pred) => published.filter(pred).length;
    return {
        publishedCount: published.length,
        releasesExist: published.length > 0,
        uniqueTagNames: duplicateTagNames.length === 0,
        duplicateTagNames,
        latest: latest ? { tagName: latest.tagName, publishedAt: latest.publishedAt, htmlUrl: latest.htmlUrl } : null,
        withAssets: count((r) => r.assets.length > 0),
        withSignatures: count((r) => r.hasSignature),
        withSbom: count((r) => r.hasSbom),
        withProvenance: count((r) => r.hasProvenance),
        withChecksums: count((r) => r.hasChecksums),
        withLicense: count((r) => r.hasLicense),
        withChangelogBody: count((r) => r.hasChangelogBody),
        withVersionedAssetNames: count((r) => r.assetNamesContainVersion),
    };
}

;// CONCATENATED MODULE: ./src/facts/github/gather.ts
// Gathers everything the rules want from the GitHub REST API, once per run, all requests in
// parallel. Without a token, or offline, nothing is sent and every answer says why.





const ENDPOINTS = {
    repo: 'GET /repos/{owner}/{repo}',
    branchRules: 'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    classicProtection: 'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    branch: 'GET /repos/{owner}/{repo}/branches/{branch}',
    releases: 'GET /repos/{owner}/{repo}/releases',
    tags: 'GET /repos/{owner}/{repo}/tags',
    privateVulnerabilityReporting: 'GET /repos/{owner}/{repo}/private-vulnerability-reporting',
    securityAdvisories: 'GET /repos/{owner}/{repo}/security-advisories',
    workflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    orgHealthFiles: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    environment: 'GET /repos/{owner}/{repo}/environments/{environment_name}',
};
/** Token permissions (fine-grained / workflow `permissions:` names) each endpoint needs. */
const PERMISSIONS = {
    repo: 'metadata: read',
    branchRules: 'metadata: read',
    classicProtection: 'administration: read',
    branch: 'contents: read',
    releases: 'contents: read',
    tags: 'metadata: read',
    privateVulnerabilityReporting: 'administration: read',
    securityAdvisories: 'repository security advisories: read',
    workflowRuns: 'actions: read',
    orgHealthFiles: 'contents: read (of the owner\'s .github repository)',
    environment: 'actions: read',
};
/** Environments asked about per run: a real repository gates its privileged jobs with one or two. */
const MAX_ENVIRONMENTS = 10;
const DEFAULT_API_URL = 'https://api.github.com';
/** Shape problems in a 200 response: the server answered, but not with what GitHub documents. */
class ShapeError extends Error {
}
async function gatherGitHubFacts(options) {
    const apiUrl = (0,facts_text/* trimEnd */.s8)(options.apiUrl || process.env.GITHUB_API_URL || DEFAULT_API_URL, '/');
    const scannerFiles = options.scannerWorkflowFiles ?? [];
    const environmentNames = [...new Set(options.environments ?? [])].slice(0, MAX_ENVIRONMENTS);
    const [owner, repo, ...rest] = options.repository.split('/');
    const hint = options.defaultBranchHint?.trim() || null;
    let skip = null;
    if (options.offline)
        skip = 'offline run';
    else if (!options.token)
        skip = 'no token';
    else if (!owner || !repo || rest.length > 0)
        skip = `repository "${options.repository}" is not in owner/name form`;
    if (skip !== null || !options.token)
        return skipped(options.repository, apiUrl, skip ?? 'no token', scannerFiles, hint, environmentNames);
    const token = options.token;
    let client;
    try {
        client = await (0,http/* createApiClient */.yS)({
            token,
            apiUrl,
            timeoutMs: options.timeoutMs,
            maxResponseBytes: options.maxResponseBytes,
            retry: options.retry,
            signal: options.signal,
        });
    }
    catch (error) {
        const message = (0,http/* scrubToken */.v3)(error instanceof Error ? error.message : String(error), token);
        return skipped(options.repository, apiUrl, `GitHub client could not be loaded: ${message}`, scannerFiles, hint, environmentNames);
    }
    const base = { owner, repo };
    const ask = async (key, params, parse, special) => {
        const endpoint = ENDPOINTS[key];
        let result;
        try {
            result = await client.get(endpoint, { ...base, ...params });
        }
        catch (error) {
            // Never let one odd request sink the whole gathering.
            return { state: 'unknown', reason: `request failed: ${(0,http/* scrubToken */.v3)(error instanceof Error ? error.message : String(error), token)}`, endpoint };
        }
        if (!result.ok) {
            const handled = special?.(result);
            if (handled !== undefined)
                return { state: 'ok', data: handled, source: { endpoint } };
            return failureToUnknown(result, endpoint, PERMISSIONS[key]);
        }
        try {
            return { state: 'ok', data: parse(result.data, result.hasNextPage), source: { endpoint } };
        }
        catch (error) {
            if (error instanceof ShapeError) {
                return { state: 'unknown', reason: `response did not have the documented shape: ${error.message}`, endpoint, httpStatus: result.status };
            }
            return { state: 'unknown', reason: `response could not be read: ${error instanceof Error ? error.message : String(error)}`, endpoint, httpStatus: result.status };
        }
    };
    const branchLevel = (branch) => gatherBranchLevel(ask, branch, scannerFiles);
    const repoP = ask('repo', {}, parseRepository);
    const hintedP = hint ? branchLevel(hint) : null;
    const releasesP = ask('releases', { per_page: 100 }, parseReleases);
    const tagsP = ask('tags', { per_page: 100 }, parseTags);
    const pvrP = ask('privateVulnerabilityReporting', {}, parsePrivateVulnerabilityReporting);
    const advisoriesP = ask('securityAdvisories', { state: 'published', per_page: 100 }, parseAdvisories);
    const environmentsP = Promise.all(environmentNames.map(async (name) => ({
        name,
        // GitHub answers 404 for an environment that does not exist yet: a job creates it, unprotected, on first use.
        answer: await ask('environment', { environment_name: name }, parseEnvironment, (f) => (f.status === 404 && !/resource not accessible/i.test(f.apiMessage ?? '') ? null : undefined)),
    })));
    const orgRepo = `${owner}/.github`;
    const orgHealthP = repo === '.github'
        ? Promise.resolve({ state: 'ok', data: { repository: orgRepo, exists: true, paths: [], truncated: false }, source: { endpoint: ENDPOINTS.orgHealthFiles } })
        : ask('orgHealthFiles', { repo: '.github', tree_sha: 'HEAD', recursive: 1 }, (d) => parseOrgHealthFiles(d, orgRepo), (f) => f.status === 404 ? { repository: orgRepo, exists: false, paths: [], truncated: false } : undefined);
    const repoAnswer = await repoP;
    const apiBranch = repoAnswer.state === 'ok' ? repoAnswer.data.defaultBranch : null;
    let defaultBranch;
    let level;
    if (apiBranch && apiBranch !== hint) {
        // No hint, or a wrong one: ask again about the branch GitHub calls the default.
        if (hintedP)
            await hintedP;
        defaultBranch = { name: apiBranch, from: 'api' };
        level = await branchLevel(apiBranch);
    }
    else if (hint && hintedP) {
        defaultBranch = { name: hint, from: apiBranch ? 'api' : 'hint' };
        level = await hintedP;
    }
    else {
        const reason = `default branch unknown (repository metadata: ${repoAnswer.state === 'unknown' ? repoAnswer.reason : 'no default branch'})`;
        defaultBranch = { name: null, from: null };
        level = unknownBranchLevel({ state: 'unknown', reason }, scannerFiles);
    }
    const facts = {
        repository: options.repository,
        apiUrl,
        queried: true,
        skippedReason: null,
        defaultBranch,
        repo: repoAnswer,
        branchRules: level.rules,
        classicProtection: level.classic,
        branch: level.branch,
        branchProtection: summariseBranchProtection(defaultBranch.name, level.rules, level.classic, level.branch),
        releases: await releasesP,
        tags: await tagsP,
        privateVulnerabilityReporting: await pvrP,
        securityAdvisories: await advisoriesP,
        scannerRuns: level.runs,
        orgHealthFiles: await orgHealthP,
        environments: await environmentsP,
    };
    // Defence in depth: nothing the server sent back may smuggle the token into the facts.
    return scrubDeep(facts, token);
}
async function gatherBranchLevel(ask, branch, scannerFiles) {
    const rulesP = ask('branchRules', { branch, per_page: 100 }, (data, more) => parseBranchRules(branch, data, more));
    const classicP = ask('classicProtection', { branch }, (data) => parseClassicProtection(branch, data), (failure) => failure.status === 404 && /branch not protected/i.test(failure.apiMessage ?? '') ? notProtected(branch) : undefined);
    const branchP = ask('branch', { branch }, parseBranch);
    const runsP = Promise.all(scannerFiles.map(async (workflow) => ({
        workflow,
        branch,
        lastSuccess: await ask('workflowRuns', { workflow_id: external_node_path_.posix.basename(workflow), status: 'success', branch, per_page: 1 }, parseLastRun),
    })));
    return { rules: await rulesP, classic: await classicP, branch: await branchP, runs: await runsP };
}
function unknownBranchLevel(unknown, scannerFiles) {
    return {
        rules: { ...unknown, endpoint: ENDPOINTS.branchRules },
        classic: { ...unknown, endpoint: ENDPOINTS.classicProtection },
        branch: { ...unknown, endpoint: ENDPOINTS.branch },
        runs: scannerFiles.map((workflow) => ({ workflow, branch: null, lastSuccess: { ...unknown, endpoint: ENDPOINTS.workflowRuns } })),
    };
}
/** GitHub facts with every answer unknown for `reason` (nothing asked), e.g. when the run's time limit came first. */
function unansweredGitHubFacts(options, reason) {
    const apiUrl = (0,facts_text/* trimEnd */.s8)(options.apiUrl || process.env.GITHUB_API_URL || DEFAULT_API_URL, '/');
    return skipped(options.repository, apiUrl, reason, options.scannerWorkflowFiles ?? [], options.defaultBranchHint?.trim() || null, options.environments ?? []);
}
function skipped(repository, apiUrl, reason, scannerFiles, hint, environments) {
    const unknown = (key) => ({ state: 'unknown', reason, endpoint: ENDPOINTS[key] });
    const rules = unknown('branchRules');
    const classic = unknown('classicProtection');
    const branch = unknown('branch');
    return {
        repository,
        apiUrl,
        queried: false,
        skippedReason: reason,
        defaultBranch: { name: hint, from: hint ? 'hint' : null },
        repo: unknown('repo'),
        branchRules: rules,
        classicProtection: classic,
        branch,
        branchProtection: summariseBranchProtection(hint, rules, classic, branch),
        releases: unknown('releases'),
        tags: unknown('tags'),
        privateVulnerabilityReporting: unknown('privateVulnerabilityReporting'),
        securityAdvisories: unknown('securityAdvisories'),
        scannerRuns: scannerFiles.map((workflow) => ({ workflow, branch: hint, lastSuccess: unknown('workflowRuns') })),
        orgHealthFiles: unknown('orgHealthFiles'),
        environments: environments.map((name) => ({ name, answer: unknown('environment') })),
    };
}
/** An environment and its protection rules: the number of required reviewers is what gates a run. */
function parseEnvironment(data) {
    const o = obj(data, 'environment');
    const name = reqStr(o, 'name', 'environment');
    let requiredReviewers = 0;
    let preventSelfReview = null;
    for (const rule of Array.isArray(o.protection_rules) ? o.protection_rules : []) {
        if (!rule || typeof rule !== 'object' || rule.type !== 'required_reviewers')
            continue;
        const r = rule;
        requiredReviewers += Array.isArray(r.reviewers) ? r.reviewers.length : 1;
        if (typeof r.prevent_self_review === 'boolean')
            preventSelfReview = r.prevent_self_review;
    }
    return { name, requiredReviewers, preventSelfReview };
}
const MAX_ORG_PATHS = 2_000;
/** The `.github` repository's tree: only paths matter (which default files exist). */
function parseOrgHealthFiles(data, repository) {
    const o = obj(data, 'tree');
    if (!Array.isArray(o.tree))
        throw new ShapeError('tree is not a list');
    const paths = [];
    for (const entry of o.tree) {
        if (paths.length >= MAX_ORG_PATHS)
            break;
        if (entry && typeof entry === 'object' && typeof entry.path === 'string' && entry.type === 'blob')
            paths.push(entry.path);
    }
    return { repository, exists: true, paths, truncated: o.truncated === true || paths.length >= MAX_ORG_PATHS };
}
function failureToUnknown(failure, endpoint, permission) {
    const out = { state: 'unknown', reason: failure.reason, endpoint };
    if (failure.status !== undefined)
        out.httpStatus = failure.status;
    if (failure.kind === 'http') {
        switch (failure.status) {
            case 401:
                out.reason = 'token was rejected (HTTP 401)';
                break;
            case 403:
                out.reason = `token lacks permission (HTTP 403): needs ${permission}`;
                out.permission = permission;
                break;
            case 404:
                // GitHub also answers 404 when the token may not see the resource.
                out.reason = `not found (HTTP 404); a token without ${permission} also gets 404`;
                out.permission = permission;
                break;
            case 410:
                out.reason = 'gone (HTTP 410): the feature is disabled for this repository';
                break;
            default:
                out.reason = `unexpected HTTP ${failure.status ?? 'status'}`;
        }
        if (failure.apiMessage)
            out.reason += ` \u2014 GitHub said: "${failure.apiMessage}"`;
    }
    return out;
}
function obj(value, what) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new ShapeError(`${what} is not an object`);
    return value;
}
function arr(value, what) {
    if (!Array.isArray(value))
        throw new ShapeError(`${what} is not an array`);
    return value;
}
function reqStr(o, key, what) {
    const v = o[key];
    if (typeof v !== 'string')
        throw new ShapeError(`${what}.${key} is not a string`);
    return v;
}
function optStr(o, key) {
    const v = o[key];
    return typeof v === 'string' ? v : null;
}
function optBool(o, key) {
    const v = o[key];
    return typeof v === 'boolean' ? v : null;
}
function optNum(o, key) {
    const v = o[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function enabledFlag(o, key) {
    const v = o[key];
    if (v && typeof v === 'object' && typeof v.enabled === 'boolean')
        return v.enabled;
    return null;
}
function parseRepository(data) {
    const o = obj(data, 'repository');
    const isPrivate = optBool(o, 'private');
    if (isPrivate === null)
        throw new ShapeError('repository.private is not a boolean');
    return {
        fullName: reqStr(o, 'full_name', 'repository'),
        visibility: optStr(o, 'visibility') ?? (isPrivate ? 'private' : 'public'),
        private: isPrivate,
        defaultBranch: reqStr(o, 'default_branch', 'repository'),
        hasIssues: optBool(o, 'has_issues'),
        hasDiscussions: optBool(o, 'has_discussions'),
        archived: optBool(o, 'archived') ?? false,
        fork: optBool(o, 'fork') ?? false,
        htmlUrl: reqStr(o, 'html_url', 'repository'),
    };
}
function parseBranchRules(branch, data, more) {
    const rules = arr(data, 'rules').map((item, i) => {
        const o = obj(item, `rules[${i}]`);
        const rule = {
            type: reqStr(o, 'type', `rules[${i}]`),
            rulesetId: optNum(o, 'ruleset_id'),
            rulesetSource: optStr(o, 'ruleset_source'),
            rulesetSourceType: optStr(o, 'ruleset_source_type'),
        };
        const p = o.parameters && typeof o.parameters === 'object' ? o.parameters : {};
        if (rule.type === 'pull_request') {
            rule.requiredApprovingReviewCount = optNum(p, 'required_approving_review_count') ?? 0;
            rule.dismissStaleReviewsOnPush = optBool(p, 'dismiss_stale_reviews_on_push') ?? false;
            rule.requireCodeOwnerReview = optBool(p, 'require_code_owner_review') ?? false;
            rule.requireLastPushApproval = optBool(p, 'require_last_push_approval') ?? false;
        }
        else if (rule.type === 'required_status_checks') {
            const checks = Array.isArray(p.required_status_checks) ? p.required_status_checks : [];
            rule.requiredStatusChecks = checks
                .map((c) => (c && typeof c === 'object' ? optStr(c, 'context') : null))
                .filter((c) => c !== null);
            rule.strictRequiredStatusChecksPolicy = optBool(p, 'strict_required_status_checks_policy') ?? false;
        }
        return rule;
    });
    return { branch, rules, truncated: more };
}
function parseClassicProtection(branch, data) {
    const o = obj(data, 'protection');
    const reviews = o.required_pull_request_reviews && typeof o.required_pull_request_reviews === 'object' ? o.required_pull_request_reviews : null;
    const checksObj = o.required_status_checks && typeof o.required_status_checks === 'object' ? o.required_status_checks : null;
    const contexts = new Set();
    if (checksObj) {
        for (const c of Array.isArray(checksObj.contexts) ? checksObj.contexts : [])
            if (typeof c === 'string')
                contexts.add(c);
        for (const c of Array.isArray(checksObj.checks) ? checksObj.checks : []) {
            const context = c && typeof c === 'object' ? optStr(c, 'context') : null;
            if (context)
                contexts.add(context);
        }
    }
    return {
        branch,
        enabled: true,
        pullRequestReviewsRequired: reviews !== null,
        requiredApprovingReviewCount: reviews ? (optNum(reviews, 'required_approving_review_count') ?? 0) : 0,
        dismissStaleReviews: reviews ? (optBool(reviews, 'dismiss_stale_reviews') ?? false) : false,
        requireCodeOwnerReviews: reviews ? (optBool(reviews, 'require_code_owner_reviews') ?? false) : false,
        statusChecksRequired: contexts.size > 0,
        requiredStatusChecks: [...contexts],
        enforceAdmins: enabledFlag(o, 'enforce_admins') ?? false,
        // Classic protection blocks force pushes and deletions unless explicitly allowed.
        allowForcePushes: enabledFlag(o, 'allow_force_pushes') ?? false,
        allowDeletions: enabledFlag(o, 'allow_deletions') ?? false,
    };
}
function notProtected(branch) {
    return {
        branch,
        enabled: false,
        pullRequestReviewsRequired: false,
        requiredApprovingReviewCount: 0,
        dismissStaleReviews: false,
        requireCodeOwnerReviews: false,
        statusChecksRequired: false,
        requiredStatusChecks: [],
        enforceAdmins: false,
        allowForcePushes: true,
        allowDeletions: true,
    };
}
function parseBranch(data) {
    const o = obj(data, 'branch');
    const isProtected = optBool(o, 'protected');
    if (isProtected === null)
        throw new ShapeError('branch.protected is not a boolean');
    const commit = o.commit && typeof o.commit === 'object' ? optStr(o.commit, 'sha') : null;
    const protection = o.protection && typeof o.protection === 'object' ? o.protection : null;
    const checks = protection?.required_status_checks && typeof protection.required_status_checks === 'object' ? protection.required_status_checks : null;
    const contexts = new Set();
    if (checks) {
        for (const c of Array.isArray(checks.contexts) ? checks.contexts : [])
            if (typeof c === 'string')
                contexts.add(c);
        for (const c of Array.isArray(checks.checks) ? checks.checks : []) {
            const context = c && typeof c === 'object' ? optStr(c, 'context') : null;
            if (context)
                contexts.add(context);
        }
    }
    return {
        name: reqStr(o, 'name', 'branch'),
        commitSha: commit,
        protected: isProtected,
        statusCheckEnforcement: checks ? optStr(checks, 'enforcement_level') : null,
        statusCheckContexts: [...contexts],
    };
}
function parseReleases(data, more) {
    const raws = arr(data, 'releases').map((item, i) => {
        const o = obj(item, `releases[${i}]`);
        const assets = Array.isArray(o.assets) ? o.assets : [];
        return {
            tagName: reqStr(o, 'tag_name', `releases[${i}]`),
            name: optStr(o, 'name'),
            draft: optBool(o, 'draft') ?? false,
            prerelease: optBool(o, 'prerelease') ?? false,
            publishedAt: optStr(o, 'published_at'),
            htmlUrl: optStr(o, 'html_url') ?? '',
            body: optStr(o, 'body') ?? '',
            assets: assets.map((a, j) => {
                const ao = obj(a, `releases[${i}].assets[${j}]`);
                return {
                    name: reqStr(ao, 'name', `releases[${i}].assets[${j}]`),
                    size: optNum(ao, 'size') ?? 0,
                    browserDownloadUrl: optStr(ao, 'browser_download_url') ?? '',
                };
            }),
        };
    });
    const releases = raws.map(describeRelease);
    return { releases, truncated: more, summary: summariseReleases(releases) };
}
function parseTags(data, more) {
    const names = arr(data, 'tags').map((item, i) => reqStr(obj(item, `tags[${i}]`), 'name', `tags[${i}]`));
    return { names, truncated: more };
}
function parsePrivateVulnerabilityReporting(data) {
    const o = obj(data, 'private vulnerability reporting');
    const enabled = optBool(o, 'enabled');
    if (enabled === null)
        throw new ShapeError('enabled is not a boolean');
    return { enabled };
}
function parseAdvisories(data, more) {
    const advisories = arr(data, 'advisories').map((item, i) => {
        const o = obj(item, `advisories[${i}]`);
        return {
            ghsaId: reqStr(o, 'ghsa_id', `advisories[${i}]`),
            cveId: optStr(o, 'cve_id'),
            htmlUrl: optStr(o, 'html_url') ?? '',
            severity: optStr(o, 'severity'),
            summary: optStr(o, 'summary'),
            publishedAt: optStr(o, 'published_at'),
        };
    });
    return { count: advisories.length, advisories, truncated: more };
}
function parseLastRun(data) {
    const o = obj(data, 'workflow runs');
    const runs = arr(o.workflow_runs, 'workflow_runs');
    if (runs.length === 0)
        return null;
    const run = obj(runs[0], 'workflow_runs[0]');
    const id = optNum(run, 'id');
    if (id === null)
        throw new ShapeError('workflow_runs[0].id is not a number');
    return {
        id,
        htmlUrl: reqStr(run, 'html_url', 'workflow_runs[0]'),
        event: optStr(run, 'event'),
        headSha: optStr(run, 'head_sha'),
        createdAt: optStr(run, 'created_at'),
        updatedAt: optStr(run, 'updated_at'),
    };
}
function scrubDeep(value, token) {
    if (token.length < 4)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return v.includes(token) ? (0,http/* scrubToken */.v3)(v, token) : v;
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(value);
}

;// CONCATENATED MODULE: ./src/facts/github/index.ts
// GitHub REST API facts: see gather.ts. Import types from here; the gatherer loads
// @actions/github lazily so importing this module stays cheap.




// EXTERNAL MODULE: ./src/facts/grc-hub/index.ts + 2 modules
var grc_hub = __webpack_require__(8556);
// EXTERNAL MODULE: ./src/facts/license.ts + 4 modules
var facts_license = __webpack_require__(3049);
;// CONCATENATED MODULE: ./src/facts/grep-lines.ts
// Reads what `git grep -z -n` prints, as it comes: one record a matching line,
// "<name> NUL <line number> NUL <line> LF". A name holds no NUL but may hold anything else (a
// newline, a colon); a line holds no LF but may hold anything else (a NUL, of a binary file searched
// as text). Read in that order, the records are never ambiguous. The lines are kept within bounds
// (their length, their number per file and in all): a file whose lines were not all kept is marked
// so, and whoever needs its content reads the file instead.
const NAME_MAX_BYTES = 64 * 1024;
const NUMBER_MAX_DIGITS = 12;
const NON_ASCII = /[\x80-\xff]/;
/** git writes a few kilobytes at a time: they are read in batches of this size. */
const BATCH_BYTES = 256 * 1024;
/**
 * Takes git grep's output chunk by chunk. `files` maps each name (one latin1 character a byte, as
 * git printed it) to its lines in order, or to null when they were not all kept. `failed` is set
 * when the output is not what `git grep -z -n` prints; nothing read is then to be trusted.
 */
class GrepLineReader {
    files = new Map();
    failed = false;
    limits;
    decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
    /** Chunks not read yet. */
    pending = [];
    pendingBytes = 0;
    /** The start of a record the last batch ended in. */
    carry = null;
    /** Within a line longer than kept (of the record last read): its bytes are dropped up to its end. */
    skipping = false;
    name = '';
    lineNumber = 0;
    kept = 0;
    constructor(limits) {
        this.limits = limits;
    }
    push(chunk) {
        if (this.failed)
            return;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        if (this.pendingBytes >= BATCH_BYTES)
            this.flush();
    }
    /** True when the output ended between two records (a cut answer ends within one). */
    end() {
        this.flush();
        if (this.carry !== null || this.skipping)
            this.failed = true;
        return !this.failed;
    }
    flush() {
        if (this.pending.length === 0 || this.failed)
            return;
        const chunk = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
        this.pending = [];
        this.pendingBytes = 0;
        this.read(chunk);
    }
    read(chunk) {
        let pos = 0;
        if (this.skipping) {
            const nl = chunk.indexOf(0x0a);
            if (nl < 0)
                return;
            this.skipping = false;
            this.keep(null, 0, 0);
            pos = nl + 1;
        }
        // Records are read where they lie; only one cut by the chunk's end is copied, once.
        const buf = this.carry ? Buffer.concat([this.carry, chunk.subarray(pos)]) : chunk;
        if (this.carry)
            pos = 0;
        this.carry = null;
        while (pos < buf.length) {
            const nameEnd = buf.indexOf(0, pos);
            if (nameEnd < 0) {
                if (buf.length - pos > NAME_MAX_BYTES)
                    this.failed = true;
                break;
            }
            const numberEnd = buf.indexOf(0, nameEnd + 1);
            if (numberEnd < 0) {
                if (buf.length - nameEnd > NUMBER_MAX_DIGITS + 1)
                    this.failed = true;
                break;
            }
            if (nameEnd === pos || nameEnd - pos > NAME_MAX_BYTES || !this.number(buf, nameEnd + 1, numberEnd)) {
                this.failed = true;
                return;
            }
            const lineEnd = buf.indexOf(0x0a, numberEnd + 1);
            if (lineEnd < 0 && buf.length - numberEnd - 1 <= this.limits.maxLineBytes)
                break;
            this.name = buf.toString('latin1', pos, nameEnd);
            if (lineEnd < 0) {
                this.skipping = true;
                return;
            }
            this.keep(lineEnd - numberEnd - 1 > this.limits.maxLineBytes ? null : buf, numberEnd + 1, lineEnd);
            pos = lineEnd + 1;
        }
        if (!this.failed && pos < buf.length)
            this.carry = Buffer.from(buf.subarray(pos));
    }
    /** Reads a line number (decimal, no leading zero) into lineNumber; false when it is not one. */
    number(buf, from, to) {
        if (to === from || to - from > NUMBER_MAX_DIGITS || buf[from] === 0x30)
            return false;
        let n = 0;
        for (let i = from; i < to; i++) {
            const d = buf[i] - 0x30;
            if (d < 0 || d > 9)
                return false;
            n = n * 10 + d;
        }
        this.lineNumber = n;
        return true;
    }
    /** Keeps the line buf[from, to) of the record read, or marks its file unkept (buf null). */
    keep(buf, from, to) {
        const lines = this.files.get(this.name);
        if (lines === null)
            return;
        const last = lines ? lines[lines.length - 1].line : 0;
        // Lines of a file come together and in order; anything else and the file is read whole.
        if (buf === null || this.lineNumber <= last || (lines?.length ?? 0) >= this.limits.maxLinesPerFile || this.kept + (to - from) > this.limits.maxTotalBytes) {
            this.files.set(this.name, null);
            return;
        }
        this.kept += to - from;
        // A byte-order mark opening the file is not text (a decoded file leaves it out).
        if (this.lineNumber === 1 && to - from >= 3 && buf[from] === 0xef && buf[from + 1] === 0xbb && buf[from + 2] === 0xbf)
            from += 3;
        let text = buf.toString('latin1', from, to);
        if (NON_ASCII.test(text))
            text = this.decoder.decode(buf.subarray(from, to));
        const line = { line: this.lineNumber, text };
        if (lines)
            lines.push(line);
        else
            this.files.set(this.name, [line]);
    }
}

// EXTERNAL MODULE: ./src/facts/snapshot.ts
var facts_snapshot = __webpack_require__(1055);
;// CONCATENATED MODULE: ./src/facts/secrets.ts
// Unencrypted secrets committed to the tree (OSPS-BR-07.01).
// The tree is hostile and may be huge: files are filtered by name first; in a git work tree,
// `git grep` searches the tracked files for the rules' literals and reports the lines that hold
// one, and the rules run on those lines; a file is read whole here only when a rule needs more of
// it than its lines (a private key block, an AWS key ID paired with a secret nearby), when it is
// not tracked, or when git's lines of it were too long or too many. Files are read through the
// snapshot's uncached byte read (never through a symlink out of the root, so memory stays
// bounded), binaries and files over 1 MiB are skipped, and the scan stops after a total byte budget. A secret is never copied into the facts: a finding
// carries its kind, place and a preview of its first four characters.
//
// Findings under test, fixture, example and documentation directories, in documentation pages and
// in files named as samples (dummy, fake, example) are still reported, with
// severity 'note' instead of 'error': projects often commit throwaway keys for tests on purpose,
// but a real key there is just as leaked, so the rule can decide what to do and a person can look.



const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const DEFAULT_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const DEFAULT_MAX_FINDINGS = 500;
const MAX_FINDINGS_PER_FILE = 20;
const MAX_SKIPPED_LISTED = 500;
/** A NUL in this many first bytes makes a file binary (git's own test reads 8000). */
const BINARY_SNIFF_BYTES = 8192;
/** Extensions of files that are binary by format; never read. */
const BINARY_EXT = new Set(('png jpg jpeg gif bmp ico icns webp tif tiff psd ai eps pdf zip gz tgz bz2 xz zst 7z rar lz lz4 jar war ear aar apk ipa class ' +
    'so dll dylib exe o a lib obj pdb wasm woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav ogg flac webm pyc pyo ' +
    'bin dat db sqlite sqlite3 parquet npy npz pkl pt onnx h5 tflite deb rpm msi dmg iso img snap whl gem nupkg crx xpi').split(' '));
/** Key-container files judged by name only: they are binary or their encryption cannot be told from text. */
const KEY_CONTAINER_EXT = new Set(['p12', 'pfx', 'jks', 'keystore', 'bks']);
const SSH_KEY_NAMES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
const secrets_TEST_DIRS = new Set(['test', 'tests', '__tests__', 'testdata', 'test-data', 'test_data', 'testing', 'fixtures', 'fixture', '__fixtures__', 'spec', 'specs', 'example', 'examples', 'sample', 'samples', 'mock', 'mocks', 'docs', 'doc', 'e2e']);
function isTestPath(path) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length - 1; i++)
        if (secrets_TEST_DIRS.has(parts[i].toLowerCase()))
            return true;
    const name = parts[parts.length - 1];
    // A key in a Markdown or reStructuredText page is shown to readers (okhttp-tls/README.md prints one
    // "Be careful with these!"); a file named dummy or fake is one on purpose (spire's dummy_upstream_ca.key).
    return /(^|[._-])(test|tests|spec|example|sample|fixture|dummy|fake)([._-]|$)/i.test(name) || /\.(md|markdown|mdx|rst|adoc|asciidoc)$/i.test(name);
}
const B = '(?<![A-Za-z0-9_])';
const E = '(?![A-Za-z0-9_])';
const TOKEN_RULES = [
    { kind: 'github-token', literal: ['gh'], re: new RegExp(`${B}(gh[pousr]_[A-Za-z0-9]{36})${E}`, 'g'), detail: 'GitHub token' },
    { kind: 'github-token', literal: ['github_pat_'], re: new RegExp(`${B}(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`, 'g'), detail: 'GitHub fine-grained personal access token' },
    { kind: 'gitlab-token', literal: ['glpat-'], re: new RegExp(`${B}(glpat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])`, 'g'), detail: 'GitLab personal access token' },
    { kind: 'slack-token', literal: ['xox'], re: new RegExp(`${B}(xox[baprs]-[0-9]{6,}-[0-9A-Za-z-]{8,})(?![A-Za-z0-9-])`, 'g'), detail: 'Slack token' },
    { kind: 'slack-webhook', literal: ['hooks.slack.com'], re: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{16,})/g, detail: 'Slack incoming webhook URL' },
    { kind: 'google-api-key', literal: ['AIza'], re: new RegExp(`${B}(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])`, 'g'), detail: 'Google API key' },
    { kind: 'stripe-secret-key', literal: ['_live_'], re: new RegExp(`${B}((?:sk|rk)_live_[0-9A-Za-z]{24,})${E}`, 'g'), detail: 'Stripe live secret key' },
    { kind: 'npm-token', literal: ['npm_'], re: new RegExp(`${B}(npm_[A-Za-z0-9]{36})${E}`, 'g'), detail: 'npm access token' },
    { kind: 'pypi-token', literal: ['pypi-AgEIcHlwaS5vcmc'], re: /(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g, detail: 'PyPI API token' },
    { kind: 'aws-access-key-id', literal: ['AKIA', 'ASIA'], re: new RegExp(`${B}((?:AKIA|ASIA)[0-9A-Z]{16})${E}`, 'g'), detail: 'AWS access key ID' },
    {
        kind: 'aws-secret-access-key',
        literal: ['ecret', 'ECRET'],
        re: /(?:aws_?secret_?access_?key|aws_?secret_?key|secretaccesskey)["']?\s*[:=]+\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
        detail: 'AWS secret access key',
    },
];
const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |SSH2 ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;
const PLACEHOLDER_WORDS = /example|xxxx|placeholder|dummy|your[_-]?|redacted|changeme|sample|fake|insert|replace|<|>|\$\{|\*\*\*|1234567|abcdefg/i;
/** True for values that are obviously not real secrets: documentation examples, masks, one repeated character. */
function looksLikePlaceholder(value, prefixLength = 0) {
    const body = value.slice(prefixLength);
    if (body.length === 0)
        return true;
    if (PLACEHOLDER_WORDS.test(body))
        return true;
    const distinct = new Set(body).size;
    return distinct <= Math.min(5, Math.max(1, Math.floor(body.length / 4)));
}
function preview(secret) {
    return secret.slice(0, 4) + '\u2026';
}
/** Maps offsets in a text to 1-based lines and columns. */
class LineIndex {
    starts = null;
    text;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        if (!this.starts) {
            const s = [0];
            for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1))
                s.push(i + 1);
            this.starts = s;
        }
        const s = this.starts;
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - s[lo] + 1 };
    }
}
/** A token's known prefix (ghp_, sk_live_, xoxb-, AKIA, ...), left out when judging whether the rest is a placeholder. */
const TOKEN_PREFIX = /^[a-z]+_(live_)?|^[A-Za-z]{3,4}[-_]|^AIza|^AKIA|^ASIA/;
/** Each match of `rule` in `text` that is not a placeholder: the secret (its group, or the match) and where it starts. */
function* ruleMatches(rule, text) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        const secret = m[1] ?? m[0];
        if (!looksLikePlaceholder(secret, TOKEN_PREFIX.exec(secret)?.[0].length ?? 0))
            yield { secret, offset: m.index + m[0].indexOf(secret) };
    }
}
/** Scans one file's text for secrets. Exported for tests and for callers that already hold text. */
function scanText(path, text) {
    const out = [];
    const idx = new LineIndex(text);
    const severity = isTestPath(path) ? 'note' : 'error';
    const add = (kind, offset, secret, confidence, detail) => {
        if (out.length >= MAX_FINDINGS_PER_FILE)
            return;
        const { line, column } = idx.at(offset);
        out.push({ kind, path, line, column, preview: preview(secret), confidence, severity, detail });
    };
    if (text.includes('PRIVATE KEY')) {
        PEM_BEGIN.lastIndex = 0;
        let judged = 0;
        for (let m = PEM_BEGIN.exec(text); m && judged++ < 100; m = PEM_BEGIN.exec(text)) {
            const label = m[1];
            const verdict = judgePrivateKey(label, text, m.index + m[0].length);
            if (verdict.finding)
                add('private-key', m.index, verdict.body, verdict.confidence, `${label} (${verdict.why})`);
        }
    }
    const awsIds = [];
    const awsSecrets = [];
    for (const rule of TOKEN_RULES) {
        if (!rule.literal.some((l) => text.includes(l)))
            continue;
        for (const { secret, offset } of ruleMatches(rule, text)) {
            if (rule.kind === 'aws-access-key-id') {
                if (awsIds.length >= MAX_FINDINGS_PER_FILE)
                    break;
                awsIds.push({ offset, line: idx.at(offset).line });
                continue;
            }
            if (rule.kind === 'aws-secret-access-key')
                awsSecrets.push({ offset, line: idx.at(offset).line });
            add(rule.kind, offset, secret, 'high', rule.detail);
            if (out.length >= MAX_FINDINGS_PER_FILE)
                break;
        }
    }
    // An access key ID alone identifies a key but is not the secret; with a secret key within five
    // lines it is a usable credential pair.
    for (const id of awsIds) {
        const paired = awsSecrets.some((s) => Math.abs(s.line - id.line) <= 5) || hasAwsSecretNear(text, id.offset);
        const secret = text.slice(id.offset, id.offset + 20);
        add('aws-access-key-id', id.offset, secret, paired ? 'high' : 'low', paired ? 'AWS access key ID with a secret access key nearby' : 'AWS access key ID (no secret key seen nearby)');
    }
    return out;
}
const PEM_BEGIN_ANY = new RegExp(PEM_BEGIN.source);
const AWS_SECRET_NAME_AT_END = /(?:aws_?secret_?access_?key|aws_?secret_?key|secretaccesskey)$/i;
const NAME_VALUE_SEPARATOR = /["'\s:=]/;
/**
 * True when the line ends in an AWS secret key's name followed by nothing but what the rule allows
 * between a name and its value (quotes, blanks, ':' or '='): the value may be on a following line.
 */
function awsSecretNameEndsLine(text) {
    let end = text.length;
    while (end > 0 && NAME_VALUE_SEPARATOR.test(text[end - 1]))
        end--;
    return AWS_SECRET_NAME_AT_END.test(text.slice(Math.max(0, end - 24), end));
}
/**
 * scanText() of a file known by the lines git grep reported of it (every line that holds a rule's
 * literal, in order): the same findings, or null when they cannot be told from those lines and the
 * file is to be scanned whole. That is when a rule looks past its own line (a private key's body,
 * an AWS key ID's neighbours, a secret key's value on the line after its name) or its literal gate
 * may have been met on a line not reported.
 */
function scanLines(path, lines) {
    const out = [];
    const severity = isTestPath(path) ? 'note' : 'error';
    for (const l of lines) {
        if (l.text.includes('PRIVATE KEY') && PEM_BEGIN_ANY.test(l.text))
            return null;
        if (awsSecretNameEndsLine(l.text))
            return null;
    }
    for (const rule of TOKEN_RULES) {
        const gate = lines.some((l) => rule.literal.some((lit) => l.text.includes(lit)));
        for (const l of lines) {
            if (out.length >= MAX_FINDINGS_PER_FILE)
                break;
            for (const { secret, offset } of ruleMatches(rule, l.text)) {
                // An ID is paired with secrets on nearby lines; a match whose gate is not on a reported line
                // (a mixed-case secret key name) is judged by the whole file.
                if (rule.kind === 'aws-access-key-id' || !gate)
                    return null;
                out.push({ kind: rule.kind, path, line: l.line, column: offset + 1, preview: preview(secret), confidence: 'high', severity, detail: rule.detail });
                if (out.length >= MAX_FINDINGS_PER_FILE)
                    break;
            }
        }
    }
    return out;
}
/** A 40-character base64-ish string on a line near the offset that is not the ID itself. */
function hasAwsSecretNear(text, offset) {
    let start = offset;
    for (let n = 0; n < 5 && start > 0; n++)
        start = text.lastIndexOf('\n', start - 2) + 1;
    let end = offset;
    for (let n = 0; n < 6 && end >= 0 && end < text.length; n++) {
        const next = text.indexOf('\n', end + 1);
        end = next < 0 ? text.length : next;
    }
    const window = text.slice(start, Math.min(end, start + 4096));
    const re = /(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g;
    for (let m = re.exec(window); m; m = re.exec(window)) {
        const v = m[1];
        if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9/+]/.test(v) && !looksLikePlaceholder(v))
            return true;
    }
    return false;
}
/** Decides whether a PEM/PGP/OpenSSH private key block holds an unencrypted key. */
function judgePrivateKey(label, text, afterHeader) {
    const no = (why) => ({ finding: false, confidence: 'low', why, body: '' });
    if (label.startsWith('ENCRYPTED') || label.startsWith('SSH2 ENCRYPTED'))
        return no('encrypted');
    // The body runs to the next armour line (END, or another BEGIN), within 64 KiB.
    const window = text.slice(afterHeader, afterHeader + 65536);
    const endAt = window.indexOf('-----');
    const block = endAt < 0 ? window.slice(0, 16384) : window.slice(0, endAt);
    // Headers (Proc-Type, DEK-Info, Version, Comment) come before a blank line in PEM/PGP armour.
    if (/Proc-Type:\s*4\s*,\s*ENCRYPTED/i.test(block) || /DEK-Info:/i.test(block))
        return no('encrypted PEM');
    // Keys pasted into code or JSON: literal \n escapes, quotes and concatenation around each line.
    const bodyLines = block
        .replace(/\\n/g, '\n')
        .split('\n')
        .map((l) => {
        const t = l.trim();
        const q = /^[+\s]*["'`]([^"'`]*)["'`]/.exec(t);
        return q ? q[1].trim() : t;
    })
        .filter((l) => l !== '' && !/^[A-Za-z-]+:\s/.test(l) && /^[A-Za-z0-9+/=]+$/.test(l));
    const body = bodyLines.join('');
    if (body.length < 64)
        return no('no key material');
    if (looksLikePlaceholder(body.slice(0, 64)))
        return no('placeholder');
    let bytes;
    try {
        bytes = Buffer.from(body.replace(/=[A-Za-z0-9+/]{4}$/, ''), 'base64');
    }
    catch {
        return { finding: true, confidence: 'low', why: 'undecodable body', body };
    }
    if (label === 'OPENSSH PRIVATE KEY') {
        const cipher = opensshCipher(bytes);
        if (cipher === null)
            return { finding: true, confidence: 'low', why: 'unrecognised OpenSSH key body', body };
        return cipher === 'none' ? { finding: true, confidence: 'high', why: 'not encrypted', body } : no(`encrypted with ${cipher}`);
    }
    if (label === 'PGP PRIVATE KEY BLOCK') {
        const s2k = pgpS2kUsage(bytes);
        if (s2k === null)
            return { finding: true, confidence: 'low', why: 'PGP secret key; protection not determined', body };
        return s2k === 0 ? { finding: true, confidence: 'high', why: 'PGP secret key without passphrase protection', body } : no('passphrase-protected PGP key');
    }
    // PKCS#1 / SEC1 / PKCS#8: DER starts with a SEQUENCE (0x30).
    if (bytes.length > 0 && bytes[0] !== 0x30)
        return { finding: true, confidence: 'low', why: 'body is not DER', body };
    return { finding: true, confidence: 'high', why: 'not encrypted', body };
}
/** The cipher name of an openssh-key-v1 body, or null when it is not one. */
function opensshCipher(b) {
    const magic = 'openssh-key-v1\0';
    if (b.length < magic.length + 4 || b.toString('latin1', 0, magic.length) !== magic)
        return null;
    const len = b.readUInt32BE(magic.length);
    if (len > 64 || magic.length + 4 + len > b.length)
        return null;
    return b.toString('latin1', magic.length + 4, magic.length + 4 + len);
}
/** The S2K usage octet of the first PGP secret-key packet (0 = unprotected), or null when unparseable. */
function pgpS2kUsage(b) {
    if (b.length < 2 || (b[0] & 0x80) === 0)
        return null;
    let tag;
    let p;
    if (b[0] & 0x40) {
        tag = b[0] & 0x3f;
        const l0 = b[1];
        p = l0 < 192 ? 2 : l0 < 224 ? 3 : l0 === 255 ? 6 : 2;
    }
    else {
        tag = (b[0] >> 2) & 0x0f;
        const lt = b[0] & 0x03;
        p = 1 + (lt === 0 ? 1 : lt === 1 ? 2 : lt === 2 ? 4 : 0);
    }
    if (tag !== 5)
        return null; // secret-key packet
    const version = b[p];
    if (version !== 4 && version !== 5 && version !== 6)
        return null;
    p += 1 + 4; // version, creation time
    const algo = b[p++];
    if (version >= 5)
        p += 4; // public key material length
    const mpi = () => {
        if (p + 2 > b.length)
            return false;
        const bits = b.readUInt16BE(p);
        p += 2 + Math.ceil(bits / 8);
        return p <= b.length;
    };
    const oid = () => {
        if (p >= b.length)
            return false;
        p += 1 + b[p];
        return p <= b.length;
    };
    let ok;
    switch (algo) {
        case 1:
        case 2:
        case 3:
            ok = mpi() && mpi();
            break;
        case 16:
        case 20:
            ok = mpi() && mpi() && mpi();
            break;
        case 17:
            ok = mpi() && mpi() && mpi() && mpi();
            break;
        case 19:
        case 22:
            ok = oid() && mpi();
            break;
        case 18:
            ok = oid() && mpi() && p < b.length && (p += 1 + b[p]) <= b.length;
            break;
        default:
            return null;
    }
    if (!ok || p >= b.length)
        return null;
    return b[p];
}
const ENV_SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH_?KEY|CLIENT_?SECRET|_PWD$|^PWD$)/i;
const ENV_PLACEHOLDER = /^(changeme|change_me|secret|password|passw0rd|token|none|null|nil|undefined|true|false|yes|no|test|testing|dev|development|local|localhost|admin|root|todo|tbd|empty|default)$/i;
function isEnvFile(base) {
    if (base !== '.env' && !base.startsWith('.env.') && !base.endsWith('.env'))
        return false;
    return !/(example|sample|template|dist|defaults?|tmpl|tpl|schema)$/i.test(base);
}
/** KEY=value lines of a dotenv file whose key names a secret and whose value looks real. */
function scanEnvFile(path, text) {
    const out = [];
    const severity = isTestPath(path) ? 'note' : 'error';
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && out.length < MAX_FINDINGS_PER_FILE; i++) {
        const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(lines[i]);
        if (!m || !ENV_SECRET_NAME.test(m[2]))
            continue;
        let value = m[3].trim();
        const quoted = /^(["'])(.*)\1/.exec(value);
        // An unquoted value ends where a comment starts: at the first '#' after a blank.
        const comment = quoted ? -1 : value.search(/\s#/);
        value = quoted ? quoted[2] : comment >= 0 ? value.slice(0, comment).trimEnd() : value;
        if (value.length < 8 || ENV_PLACEHOLDER.test(value) || looksLikePlaceholder(value) || value.toLowerCase() === m[2].toLowerCase())
            continue;
        if (/^\$|^%|^\{\{/.test(value))
            continue; // a reference to another variable or a template
        const column = m[0].indexOf(value, m[1].length + m[2].length) + 1;
        const strong = value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
        out.push({ kind: 'env-secret', path, line: i + 1, column, preview: preview(value), confidence: strong ? 'high' : 'low', severity, detail: `dotenv variable ${m[2]} holds a value` });
    }
    return out;
}
/**
 * Literals of which a text needs one before scanText can report anything: the rules' own
 * literal gates, made tighter where a rule's pattern allows ('gh' \u2192 'ghp_' \u2026 'ghr_', 'xox' \u2192
 * 'xoxb-' \u2026). Case-sensitive ASCII, so a byte search finds exactly what a search of the decoded
 * text finds (a UTF-8 decoder never merges an ASCII byte into a replaced sequence).
 */
const GATE_LITERALS = [
    'PRIVATE KEY', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-',
    'hooks.slack.com', 'AIza', '_live_', 'npm_', 'pypi-AgEIcHlwaS5vcmc', 'AKIA', 'ASIA', 'ecret', 'ECRET',
];
const GATE_BYTES = GATE_LITERALS.map((l) => Buffer.from(l, 'latin1'));
function mayHoldToken(bytes) {
    for (const g of GATE_BYTES)
        if (bytes.includes(g))
            return true;
    return false;
}
/** Tracked files git is told to leave out at most (each is a pathspec); past it the scan reads every file itself. */
const MAX_GIT_EXCLUDES = 500;
/**
 * git grep reads each file whole into one allocation: GIT_ALLOC_LIMIT makes git stop (and the
 * scan fall back to reading every file itself, within its limits) rather than read a file over
 * this. One thread keeps one file in memory at a time, costs the least CPU, and leaves the other
 * core to JavaScript: git's search ends long before the scan needs it.
 */
const GIT_GREP_ALLOC_LIMIT = '64m';
const GIT_GREP_THREADS = 1;
const GIT_GREP_TIMEOUT_MS = 30_000;
/** What git may print in all; past it git is stopped and the scan reads every file itself. */
const GIT_GREP_MAX_OUTPUT = 256 * 1024 * 1024;
/**
 * The lines kept of git's answer: a file with a longer line (minified code, a binary searched as
 * text) or more lines is read whole, within the scan's own limits; past the total, every further
 * file is.
 */
const GREP_LINE_LIMITS = { maxLineBytes: 16 * 1024, maxLinesPerFile: 1000, maxTotalBytes: 32 * 1024 * 1024 };
/**
 * What git searches for, ignoring ASCII case: every match of a rule holds one of these on its
 * line ('gh[pousr]_' \u2192 'ghp_' \u2026, 'xox[baprs]-' \u2192 'xox', the AWS secret key's names \u2192 'aws_secret',
 * 'awssecret', 'secretaccesskey'), so every line a rule can report from is reported, and few
 * others. Fixed strings: git finds them faster than a pattern, and no pattern of ours runs in git.
 */
const GIT_GREP_STRINGS = [
    'PRIVATE KEY', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'glpat-', 'xox', 'hooks.slack.com', 'AIza', '_live_', 'npm_',
    'pypi-AgEIcHlwaS5vcmc', 'AKIA', 'ASIA', 'aws_secret', 'awssecret', 'secretaccesskey',
];
/**
 * Leaves out of git's search every file whose content git would take from the index, not the
 * work tree (assume-unchanged, skip-worktree). Never textconv, never -I, and every file searched
 * as text (-a): a hostile .gitattributes ('-diff', 'binary') must not hide a file, nor turn its
 * lines into a "Binary file \u2026 matches" message; the scan judges binaries itself. The output is
 * "name NUL number NUL line" whatever the configuration says (no column, no colour, full names),
 * and the strings are matched byte for byte, ignoring ASCII case only (LC_ALL=C). Symlinks and submodules git skips by itself
 * without reading them; git never follows a symlink to a file.
 */
function planGrep(snapshot) {
    // A .gitattributes git would wait on (a FIFO) stalls git grep: the scan reads every file itself.
    if (!snapshot.fromGit || snapshot.hazards.attributeFiles.length > 0)
        return null;
    const searched = new Set();
    const excludes = [];
    // git grep follows a tracked folder replaced by a symlink out of the tree: it is left out (and
    // the snapshot refuses to read through it).
    const linked = snapshot.hazards.symlinkedDirs;
    for (const d of linked) {
        if (excludes.length >= MAX_GIT_EXCLUDES || d.includes('\\x'))
            return null;
        excludes.push(`:(exclude,literal)${d}`);
    }
    for (const f of snapshot.files) {
        if (!f.tracked || f.kind === 'submodule' || f.kind === 'symlink')
            continue;
        if (linked.length > 0 && linked.some((d) => f.path.startsWith(d + '/')))
            continue;
        if (snapshot.gitReadsIndex.has(f.path)) {
            // A name that is not UTF-8 cannot be passed to git as a pathspec.
            if (excludes.length >= MAX_GIT_EXCLUDES || snapshot.nameBytes(f.path) !== undefined)
                return null;
            excludes.push(`:(exclude,literal)${f.path}`);
        }
        else {
            searched.add(f.path);
        }
    }
    const args = [
        '-c', 'grep.fallbackToNoIndex=false', '-c', 'submodule.recurse=false',
        'grep', `--threads=${GIT_GREP_THREADS}`, '-z', '-n', '-a', '-i', '-F', '--no-column', '--no-color', '--no-textconv', '--full-name', '--no-recurse-submodules',
        ...GIT_GREP_STRINGS.flatMap((l) => ['-e', l]),
        '--', ...excludes,
    ];
    return { args, searched };
}
// File names come back byte for byte and are decoded as the snapshot decodes them.
const GREP_LIMITS = { env: { GIT_ALLOC_LIMIT: GIT_GREP_ALLOC_LIMIT, LC_ALL: 'C' }, timeoutMs: GIT_GREP_TIMEOUT_MS };
function prefilterFrom(plan, reader, out) {
    // git grep exits 1 when nothing matches; anything else (a limit hit, a failure) and the scan reads every file.
    if (out === null || (out.status !== 0 && out.status !== 1) || !reader.end())
        return null;
    const lines = new Map();
    if (out.status === 0)
        for (const [name, found] of reader.files)
            lines.set((0,facts_snapshot/* decodeFileName */.qL)(name).path, found);
    return { searched: plan.searched, candidates: new Set(lines.keys()), lines };
}
/**
 * Starts git grep on the tracked files at once and returns without blocking: git searches on
 * another core while JavaScript gathers other facts; pass the answer to scanSecrets.
 */
function prefilterSecrets(snapshot, signal) {
    const plan = planGrep(snapshot);
    if (plan === null)
        return Promise.resolve(null);
    const reader = new GrepLineReader(GREP_LINE_LIMITS);
    const limits = { ...GREP_LIMITS, signal, onStdout: (chunk) => reader.push(chunk) };
    return (0,facts_git/* runGitAsync */.Sf)(snapshot.root, plan.args, GIT_GREP_MAX_OUTPUT, limits).then((out) => prefilterFrom(plan, reader, out));
}
function prefilterSecretsSync(snapshot) {
    const plan = planGrep(snapshot);
    if (plan === null)
        return null;
    const reader = new GrepLineReader(GREP_LINE_LIMITS);
    const out = (0,facts_git/* runGitStatus */.WQ)(snapshot.root, plan.args, GIT_GREP_MAX_OUTPUT, { ...GREP_LIMITS, onStdout: (chunk) => reader.push(chunk) });
    return prefilterFrom(plan, reader, out);
}
const VENDORED = /(^|\/)(node_modules|vendor|third_party|third-party|thirdparty)\//;
/**
 * Scans the snapshot's files for committed secrets. In a git work tree, tracked files are first
 * searched by `git grep` for the rules' literals (options.prefilter, or run here), and a file with
 * a hit is judged by the lines git reported, or read when the rules need more of it; untracked
 * files, files named like env or key files, and every file of a plain directory are read here.
 * Either way the findings are the same.
 *
 * `scannedFiles` counts the files searched, by git or here; `scannedBytes` the size of the files
 * scanned here (read whole, or judged by git's lines after a look at their head), and `skipped`
 * the files not scanned here (a file over the size limit that git searched without a hit is
 * counted as scanned). The total byte budget bounds those sizes; git's search of the tracked files
 * is bounded by its memory, output and time limits instead.
 */
function scanSecrets(snapshot, options = {}) {
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
    const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const prefilter = options.prefilter === undefined ? prefilterSecretsSync(snapshot) : options.prefilter;
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const findings = [];
    const skipped = [];
    let skippedBinary = 0;
    let scannedFiles = 0;
    let readBytes = 0;
    let capped = false;
    const skip = (path, reason) => {
        if (skipped.length < MAX_SKIPPED_LISTED)
            skipped.push({ path, reason });
    };
    /** Adds a file's findings up to the cap; false when the cap was reached. */
    const keep = (found) => {
        for (const x of found) {
            if (findings.length >= maxFindings) {
                capped = true;
                return false;
            }
            findings.push(x);
        }
        return true;
    };
    // The project's own files first, so that a large vendored tree cannot use up the byte budget.
    const own = [];
    const vendored = [];
    for (const f of snapshot.files)
        (VENDORED.test(f.path) ? vendored : own).push(f);
    for (const f of own.concat(vendored)) {
        if (findings.length >= maxFindings) {
            capped = true;
            break;
        }
        if (f.kind === 'symlink' || f.kind === 'submodule')
            continue;
        const slash = f.path.lastIndexOf('/');
        const base = f.path.slice(slash + 1);
        const dot = base.lastIndexOf('.');
        const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
        const severity = () => (isTestPath(f.path) ? 'note' : 'error');
        if (KEY_CONTAINER_EXT.has(ext)) {
            findings.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity: severity(), detail: `a .${ext} key store; whether it is password-protected cannot be told` });
            continue;
        }
        if (BINARY_EXT.has(ext)) {
            skippedBinary++;
            continue;
        }
        const keyNamed = ext === 'key' || SSH_KEY_NAMES.has(base);
        const envFile = isEnvFile(base);
        if (prefilter !== null && !keyNamed && !envFile && !prefilter.candidates.has(f.path) && prefilter.searched.has(f.path)) {
            // Searched by git: none of its strings is in it, so no rule could report anything here.
            scannedFiles++;
            continue;
        }
        if (readBytes >= maxTotal) {
            capped = true;
            break;
        }
        // The lines git reported, when the rules can judge the file by them: only its head is read,
        // to tell a binary as a whole read would.
        const lines = prefilter !== null && !keyNamed && !envFile ? prefilter.lines.get(f.path) : undefined;
        const byLines = lines ? scanLines(f.path, lines) : null;
        const r = byLines ? snapshot.readHead(f.path, maxFileBytes, BINARY_SNIFF_BYTES) : snapshot.readBytes(f.path, maxFileBytes);
        if (!r.ok) {
            skip(f.path, r.size !== undefined && r.size > maxFileBytes ? `skipped: ${r.size} bytes is over the ${maxFileBytes}-byte scan limit` : r.reason);
            continue;
        }
        const bytes = r.bytes;
        if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
            skippedBinary++;
            if (keyNamed) {
                findings.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity: severity(), detail: `binary file named like a private key` });
            }
            continue;
        }
        const size = byLines ? r.size : bytes.length;
        if (readBytes + size > maxTotal) {
            capped = true;
            break;
        }
        readBytes += size;
        scannedFiles++;
        if (byLines) {
            if (!keep(byLines))
                break;
            continue;
        }
        const tokens = mayHoldToken(bytes);
        if (!tokens && !keyNamed && !envFile)
            continue;
        const text = decoder.decode(bytes);
        const found = tokens ? scanText(f.path, text) : [];
        if (envFile)
            found.push(...scanEnvFile(f.path, text));
        if (found.length === 0 && keyNamed && text.trim() !== '' && !/ENCRYPTED|Proc-Type|PUBLIC KEY|CERTIFICATE/.test(text)) {
            found.push({ kind: 'key-file-name', path: f.path, line: 1, column: 1, preview: '', confidence: 'low', severity: severity(), detail: 'file named like a private key; no unencrypted key block recognised in it' });
        }
        if (!keep(found))
            break;
    }
    const scannedBytes = readBytes;
    if (capped)
        snapshot.note('.', `secret scan stopped early: ${scannedBytes} bytes in ${scannedFiles} files scanned`);
    return { findings, scannedFiles, scannedBytes, skipped, skippedBinary, capped };
}

// EXTERNAL MODULE: ./src/facts/security-insights/index.ts + 4 modules
var security_insights = __webpack_require__(8177);
;// CONCATENATED MODULE: ./src/facts/vex.ts
// VEX (Vulnerability Exploitability eXchange) documents committed to the tree (OSPS-VM-04.02):
// OpenVEX, CycloneDX with vulnerability analysis, and CSAF VEX.
// Candidates come from names and directories; other JSON files (and CycloneDX-named XML) are only sniffed (first 8 KiB)
// when they are small in number, and only parsed when that head mentions a VEX marker.


const MAX_SNIFF = 2000;
const MAX_CANDIDATES = 500;
/** Total bytes of candidates parsed; the rest are listed as rejected (not read). */
const vex_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const vex_SKIP_DIRS = new Set(['node_modules', 'vendor', 'third_party', 'third-party', '.git']);
const VEX_DIRS = new Set(['vex', '.vex', '.openvex', 'openvex', 'csaf']);
const NOT_VEX_NAMES = new Set(['package.json', 'package-lock.json', 'tsconfig.json', 'composer.json', 'composer.lock', 'packages.lock.json', 'renovate.json', '.eslintrc.json', 'jsconfig.json', 'deno.json', 'tslint.json', 'lerna.json', 'nx.json', 'project.json', 'app.json', 'manifest.json']);
function isNamedCandidate(path) {
    const parts = path.split('/');
    const base = parts[parts.length - 1].toLowerCase();
    const dirs = parts.slice(0, -1).map((d) => d.toLowerCase());
    const dataExt = /\.(json|ya?ml|xml)$/.test(base);
    if (dirs.some((d) => VEX_DIRS.has(d)) && dataExt)
        return true;
    if (/(^|[._-])(open)?vex([._-]|$)/.test(base) && (dataExt || base.endsWith('.openvex') || base.endsWith('.vex')))
        return true;
    if (base === '.openvex' || base.endsWith('.openvex'))
        return true;
    return /(^|[._-])csaf([._-]|$)/.test(base) && base.endsWith('.json');
}
const MARKER = /openvex|csaf_vex|"analysis"\s*:\s*\{[^}]*"state"|"bomFormat"\s*:\s*"CycloneDX"[\s\S]*"vulnerabilities"|"vulnerabilities"[\s\S]*"bomFormat"\s*:\s*"CycloneDX"|<analysis>\s*<state>/;
/** MARKER, after the literals one of which each of its alternatives holds. */
function hasMarker(head) {
    if (!head.includes('openvex') && !head.includes('csaf_vex') && !head.includes('analysis') && !head.includes('bomFormat'))
        return false;
    return MARKER.test(head);
}
function findVex(snapshot) {
    const documents = [];
    const rejected = [];
    const candidates = [];
    let sniffed = 0;
    let sniffCapped = false;
    for (const f of snapshot.files) {
        if (f.kind !== 'file' && f.kind !== 'executable')
            continue;
        // Names first (a large repository lists 100,000 files): every VEX directory and name holds
        // 'vex' or 'csaf', and only .json and .xml files are sniffed.
        const lowerPath = f.path.toLowerCase();
        const vexWord = lowerPath.includes('vex') || lowerPath.includes('csaf');
        if (!vexWord && !lowerPath.endsWith('.json') && !lowerPath.endsWith('.xml'))
            continue;
        const parts = f.path.split('/');
        if (parts.some((p, i) => i < parts.length - 1 && vex_SKIP_DIRS.has(p)))
            continue;
        if (vexWord && isNamedCandidate(f.path)) {
            if (candidates.length < MAX_CANDIDATES)
                candidates.push(f.path);
            continue;
        }
        const base = parts[parts.length - 1];
        const lowerBase = base.toLowerCase();
        const cdxXml = lowerBase.endsWith('.xml') && /(^|[._-])(cdx|bom|sbom|cyclonedx)([._-]|$)/.test(lowerBase);
        if ((!lowerBase.endsWith('.json') && !cdxXml) || NOT_VEX_NAMES.has(base))
            continue;
        if (sniffed >= MAX_SNIFF) {
            sniffCapped = true;
            continue;
        }
        sniffed++;
        const marked = snapshot.peek(f.path, (head) => !head.includes(0) && hasMarker(head.toString('utf8')));
        if (marked === true && candidates.length < MAX_CANDIDATES)
            candidates.push(f.path);
    }
    let bytes = 0;
    for (const path of candidates) {
        if (bytes >= vex_MAX_TOTAL_BYTES) {
            rejected.push({ path, reason: 'not read: the VEX scan byte budget was spent' });
            continue;
        }
        const r = snapshot.read(path);
        if (r.ok)
            bytes += r.size;
        if (!r.ok) {
            rejected.push({ path, reason: r.reason });
            continue;
        }
        const verdict = vex_classify(path, r.text);
        if ('format' in verdict)
            documents.push({ path, ...verdict });
        else
            rejected.push({ path, reason: verdict.reason });
    }
    return { documents, rejected, sniffCapped };
}
/** Recognises one VEX document from its text. */
function vex_classify(path, text) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.xml')) {
        if (!/<bom\b[^>]*cyclonedx/i.test(text))
            return { reason: 'XML that is not a CycloneDX BOM' };
        const states = text.match(/<analysis>\s*<state>\s*[a-z_]+\s*<\/state>/g) ?? [];
        return states.length > 0 ? { format: 'cyclonedx-xml', statements: states.length } : { reason: 'CycloneDX BOM without vulnerability analysis' };
    }
    let doc;
    const yaml = /\.ya?ml$/.test(lower);
    // The YAML parser is quadratic on deep flow nesting; a VEX document nests a few levels.
    if (yaml && (0,parse/* nestingEstimate */.tp)(text) > 100)
        return { reason: 'YAML nested too deep to be a VEX document' };
    try {
        doc = yaml ? (0,dist/* parse */.qg)(text, { maxAliasCount: 100 }) : JSON.parse(text);
    }
    catch {
        return { reason: 'not valid JSON or YAML' };
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return { reason: 'not a JSON object' };
    const o = doc;
    const context = o['@context'];
    const contexts = Array.isArray(context) ? context : [context];
    if (contexts.some((c) => typeof c === 'string' && /openvex/i.test(c))) {
        const statements = Array.isArray(o.statements) ? o.statements.filter(isOpenVexStatement).length : 0;
        return { format: 'openvex', statements };
    }
    const document = o.document;
    if (document && typeof document === 'object' && document.category === 'csaf_vex') {
        return { format: 'csaf', statements: Array.isArray(o.vulnerabilities) ? o.vulnerabilities.length : 0 };
    }
    if (o.bomFormat === 'CycloneDX') {
        const vulns = Array.isArray(o.vulnerabilities) ? o.vulnerabilities : [];
        const analysed = vulns.filter((v) => {
            const a = v && typeof v === 'object' ? v.analysis : null;
            return !!a && typeof a === 'object' && typeof a.state === 'string';
        }).length;
        return analysed > 0 ? { format: 'cyclonedx', statements: analysed } : { reason: 'CycloneDX BOM without vulnerability analysis' };
    }
    if (document && typeof document === 'object')
        return { reason: 'CSAF document that is not of category csaf_vex' };
    return { reason: 'no OpenVEX context, CSAF VEX category or CycloneDX analysis' };
}
const OPENVEX_STATUS = new Set(['not_affected', 'affected', 'fixed', 'under_investigation']);
function isOpenVexStatement(s) {
    return !!s && typeof s === 'object' && OPENVEX_STATUS.has(String(s.status));
}

;// CONCATENATED MODULE: ./src/facts/workflows/expressions.ts
// `${{ }}` expressions: finding them in text and telling which context values they read.
/** Most expressions scanned per text; a script with more is hostile or generated. */
const MAX_EXPRESSIONS = 2000;
/** Finds `${{ ... }}` in text; `}}` inside a single-quoted string literal does not close it. */
function findExpressions(text) {
    const out = [];
    let i = text.indexOf('${{');
    while (i >= 0 && out.length < MAX_EXPRESSIONS) {
        let j = i + 3;
        let inString = false;
        let end = -1;
        while (j < text.length) {
            const c = text.charCodeAt(j);
            if (c === 39 /* ' */) {
                // '' inside a string is an escaped quote and toggles twice.
                inString = !inString;
            }
            else if (!inString && c === 125 /* } */ && text.charCodeAt(j + 1) === 125) {
                end = j + 2;
                break;
            }
            j++;
        }
        if (end < 0)
            break;
        out.push({ offset: i, text: text.slice(i, end), body: text.slice(i + 3, end - 2).trim() });
        i = text.indexOf('${{', end);
    }
    return out;
}
/**
 * Context references in an expression body, normalised to dotted paths:
 * `github.event['issue'].title` -> `github.event.issue.title`, `x[0]` / `x[*]` -> `x.*`.
 * String literals are skipped.
 */
function contextPaths(body) {
    // Remove string literals first, but keep bracketed literal keys as `.key`.
    const noBracketKeys = body.replace(/\[\s*'((?:[^']|'')*)'\s*\]/g, (_m, k) => '.' + k.replace(/''/g, "'"));
    const noIndexes = noBracketKeys.replace(/\[\s*(?:\*|\d+)\s*\]/g, '.*').replace(/\.\*(?=[A-Za-z_])/g, '.*.');
    const noStrings = noIndexes.replace(/'(?:[^']|'')*'/g, "''");
    const out = [];
    const re = /(?<![\w.-])([A-Za-z_][\w-]*(?:\.(?:\*|[A-Za-z_][\w-]*))*)(\s*\()?/g;
    let m;
    while ((m = re.exec(noStrings)) !== null) {
        if (m[2])
            continue; // a function name: contains(, format(, ...
        const p = m[1];
        if (p === 'true' || p === 'false' || p === 'null')
            continue;
        out.push(p.toLowerCase());
    }
    return out;
}
/**
 * Event fields an outside contributor controls. `*` matches one path segment.
 * Sources: GitHub's "Security hardening for GitHub Actions" list of untrusted input, extended
 * with the same fields reached through workflow_run and discussions.
 */
const UNTRUSTED_PATHS = [
    'github.head_ref',
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.pull_request.head.repo.description',
    'github.event.pull_request.head.repo.homepage',
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    'github.event.discussion.title',
    'github.event.discussion.body',
    'github.event.pages.*.page_name',
    'github.event.commits.*.message',
    'github.event.commits.*.author.email',
    'github.event.commits.*.author.name',
    'github.event.commits.*.committer.email',
    'github.event.commits.*.committer.name',
    'github.event.head_commit.message',
    'github.event.head_commit.author.email',
    'github.event.head_commit.author.name',
    'github.event.head_commit.committer.email',
    'github.event.head_commit.committer.name',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.display_title',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_commit.committer.email',
    'github.event.workflow_run.head_commit.committer.name',
    'github.event.workflow_run.pull_requests.*.head.ref',
    'github.event.workflow_run.head_repository.description',
];
const UNTRUSTED_SPLIT = UNTRUSTED_PATHS.map((p) => p.split('.'));
function segmentsMatch(path, pattern, n) {
    for (let i = 0; i < n; i++) {
        if (pattern[i] !== '*' && path[i] !== '*' && pattern[i] !== path[i])
            return false;
    }
    return true;
}
/**
 * True when a context path reads untrusted event data: it is one of UNTRUSTED_PATHS, lies under
 * one, or is an object that contains one (`github.event.issue`, `toJSON(github.event)`).
 * `github` alone and `github.event` alone count: they serialise everything.
 */
function isUntrustedPath(path) {
    const segs = path.split('.');
    for (const pat of UNTRUSTED_SPLIT) {
        if (segs.length >= pat.length) {
            if (segmentsMatch(segs, pat, pat.length))
                return true;
        }
        else if (segmentsMatch(segs, pat, segs.length)) {
            return true;
        }
    }
    return false;
}
/** `inputs.x` or `github.event.inputs.x`: returns the input name ('' for the whole object), else null. */
function inputName(path) {
    if (path === 'inputs' || path === 'github.event.inputs')
        return '';
    if (path.startsWith('inputs.'))
        return path.slice('inputs.'.length).split('.')[0];
    if (path.startsWith('github.event.inputs.'))
        return path.slice('github.event.inputs.'.length).split('.')[0];
    return null;
}
/**
 * True when the expression's value is a boolean whatever its operands are: a comparison or
 * contains/startsWith/endsWith without `&&`/`||` (which return an operand) or a ternary-like form.
 */
function isBooleanExpression(body) {
    const noStrings = body.replace(/'(?:[^']|'')*'/g, "''");
    if (noStrings.includes('&&') || noStrings.includes('||'))
        return false;
    if (/^!/.test(noStrings.trim()))
        return true;
    if (/==|!=|<=|>=|<|>/.test(noStrings))
        return true;
    return /^\s*(contains|startswith|endswith|success|failure|always|cancelled)\s*\(/i.test(noStrings);
}

;// CONCATENATED MODULE: ./src/facts/workflows/env.ts
/**
 * The entry that sets `name` in the nearest scope that sets it, or undefined. Expressions
 * (`env.NAME`) ignore case; a shell's `$NAME` does not (`ignoreCase` false).
 */
function envEntry(scopes, name, ignoreCase = true) {
    const wanted = ignoreCase ? name.toLowerCase() : name;
    for (const env of scopes) {
        const key = Object.keys(env).find((k) => (ignoreCase ? k.toLowerCase() : k) === wanted);
        if (key !== undefined)
            return { key, value: env[key] };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/facts/workflows/uses.ts
var uses = __webpack_require__(3516);
;// CONCATENATED MODULE: ./src/facts/workflows/gates.ts

/** Conditions that keep fork pull requests out: same repository, not a fork, a label a maintainer sets. */
const SAME_REPO_OR_LABEL = /head\.repo\.full_name\s*==|==\s*github\.repository\b|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork|labels\.\*\.name|github\.event\.label\.name/;
const MEMBER_ROLE = /\b(?:OWNER|MEMBER|COLLABORATOR)\b/;
/** Actions that check the actor's permission on the repository through the API. */
const PERMISSION_ACTIONS = new Set([
    'actions-cool/check-user-permission',
    'prince-chrismc/check-actor-permissions-action',
    'lannonbr/repo-permission-check-action',
    'sushichop/action-repository-permission',
    'skjnldsv/check-actor-permission',
    'tspascoal/get-user-teams-membership',
]);
/** Jobs of `needs` followed, transitively. */
const MAX_NEEDS = 50;
/** What a condition admits, in words, or null when it does not keep outsiders out. */
function conditionGate(cond) {
    if (!cond)
        return null;
    if (cond.includes('author_association') && MEMBER_ROLE.test(cond) && !(cond.includes('!=') && !cond.includes('==') && !cond.includes('contains(')))
        return 'admits only owners, members or collaborators (author_association)';
    if (SAME_REPO_OR_LABEL.test(cond))
        return cond.includes('label') ? 'needs a label a maintainer sets' : 'admits only pull requests from the same repository';
    return null;
}
/** True when a step asks the API for the actor's permission (an action for it, or `gh api \u2026/collaborators/\u2026/permission`). */
function isPermissionCheck(file, step) {
    const slug = step.uses ? (0,uses/* repoSlug */.mr)(step.uses) : null;
    if (slug && PERMISSION_ACTIONS.has(slug))
        return true;
    const s = stepScript(file, step);
    if (!s)
        return false;
    return (s.text.includes('/collaborators/') && s.text.includes('/permission')) || s.text.includes('getCollaboratorPermissionLevel') || (s.via === 'github-script' && s.text.includes('checkCollaborator'));
}
/**
 * True when a step checks in its own script that the commenter or actor is an owner, member or
 * collaborator (the author association) and fails the job otherwise: a github-script step that
 * reads the association, names one of those roles and calls core.setFailed or throws, or a run step
 * that reads it, names a role and exits non-zero. The steps after it then run only for members.
 */
function isAssociationCheck(file, step) {
    const s = stepScript(file, step);
    if (!s)
        return false;
    const fails = s.via === 'github-script' ? /\bcore\.setFailed\s*\(|\bthrow\b/ : /\bexit\s+[1-9]/;
    return s.text.includes('author_association') && MEMBER_ROLE.test(s.text) && fails.test(s.text);
}
/** The script a step runs: its `run:`, or the `script` of actions/github-script; null for any other step. */
function stepScript(file, step) {
    if (step.uses) {
        if ((0,uses/* repoSlug */.mr)(step.uses) !== 'actions/github-script')
            return null;
        const script = step.with['script'];
        return { text: script ? (file.fullText.get(script) ?? script.value) : '', via: 'github-script' };
    }
    return step.run ? { text: file.fullText.get(step.run) ?? step.run.text, via: 'run' } : null;
}
function runsWhateverNeedsDid(cond) {
    return cond !== null && /\balways\s*\(|!\s*cancelled\s*\(|\bfailure\s*\(/.test(cond);
}
/**
 * The gate in front of step `index` of `job`, or null: its own condition, the job's, a permission
 * check before it, the job's environment; then the same in the jobs it needs.
 */
function gateBefore(file, wf, job, index) {
    const step = job.steps[index];
    const own = gateInJob(file, job, index, step);
    if (own)
        return own;
    if (runsWhateverNeedsDid(job.if))
        return null;
    const byId = new Map(wf.jobs.map((j) => [j.id, j]));
    const seen = new Set([job.id]);
    const queue = [...job.needs];
    while (queue.length > 0 && seen.size <= MAX_NEEDS) {
        const id = queue.shift();
        if (seen.has(id))
            continue;
        seen.add(id);
        const needed = byId.get(id);
        if (!needed)
            continue;
        const g = gateInJob(file, needed, needed.steps.length, undefined);
        if (g)
            return { ...g, detail: `${g.detail}, in job ${needed.id}, which job ${job.id} needs` };
        if (!runsWhateverNeedsDid(needed.if))
            queue.push(...needed.needs);
    }
    return null;
}
function gateInJob(file, job, index, step) {
    if (step) {
        const s = conditionGate(step.if);
        if (s)
            return { kind: 'condition', detail: `the step's condition ${s}`, path: file.path, ...condPos(step) };
    }
    const j = conditionGate(job.if);
    if (j)
        return { kind: 'condition', detail: `job ${job.id}'s condition ${j}`, path: file.path, ...condPos(job) };
    // An earlier step that fails the job keeps the later ones from running, unless they run anyway.
    const runsAnyway = step !== undefined && runsWhateverNeedsDid(step.if);
    for (const s of runsAnyway ? [] : job.steps.slice(0, index)) {
        const named = s.name ? ` (step "${s.name.slice(0, 60)}")` : '';
        if (isPermissionCheck(file, s))
            return { kind: 'permission-check', detail: `a permission check of the actor through the API${named}`, path: file.path, line: s.line, column: s.column };
        if (isAssociationCheck(file, s))
            return { kind: 'permission-check', detail: `a check in the step's script that admits only owners, members or collaborators (author_association) and fails the job otherwise${named}`, path: file.path, line: s.line, column: s.column };
    }
    if (job.environment && job.environment.value.trim() !== '')
        return { kind: 'environment', detail: `environment "${job.environment.value.slice(0, 60)}"`, environment: job.environment.value.trim(), path: file.path, line: job.environment.line, column: job.environment.column };
    return null;
}
/** Where an `if:` is written (the job or step's own line when unknown). */
function condPos(owner) {
    return owner.ifAt ? { line: owner.ifAt.line, column: owner.ifAt.column } : { line: owner.line, column: owner.column };
}

;// CONCATENATED MODULE: ./src/facts/workflows/head-flow.ts
// Data flow inside one workflow: which values carry a pull request's head (its branch, commit or
// repository) to the place where a job checks code out. Sources are the event's head fields,
// `refs/pull/N/head|merge`, and API answers about a pull request's head (`gh pr view --json
// headRefOid`, a github-script that reads `.head.sha`). Values flow through env (workflow, job and
// step `env:`, and `$GITHUB_ENV` writes of earlier steps), step outputs (`$GITHUB_OUTPUT` writes,
// and actions fed such a value), job `outputs:` and `needs.<job>.outputs`, and shell variables
// assigned earlier in the same script. Every lookup is memoised and cycles end the search, so a
// workflow is walked in time linear in its size. No regular expression here can backtrack
// super-linearly: scripts are cut with indexOf and tested with anchored or single-class patterns.



/** Context paths that name the pull request's head (its code), not the base. */
const PR_HEAD_PATHS = [
    'github.head_ref',
    'github.event.pull_request.head.sha',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.repo.full_name',
    'github.event.pull_request.head.repo.clone_url',
    'github.event.pull_request.merge_commit_sha',
    'github.event.workflow_run.head_sha',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_commit.id',
    'github.event.workflow_run.head_repository.full_name',
    'github.event.workflow_run.pull_requests.*.head.sha',
    'github.event.workflow_run.pull_requests.*.head.ref',
].map((p) => p.split('.'));
function isPrHeadPath(p) {
    const segs = p.split('.');
    return PR_HEAD_PATHS.some((hs) => hs.length === segs.length && hs.every((s, i) => s === '*' || segs[i] === '*' || s === segs[i]));
}
/** `refs/pull/N/head`, `pull/N/merge`: a pull request's ref written out. */
const PR_REF = /refs\/pull\/|(?:^|[\s:'"/])pull\/[^\s/]+\/(?:head|merge)\b/;
/** Shell variables that GitHub sets to the pull request's head branch. */
const HEAD_ENV_VARS = { GITHUB_HEAD_REF: 'github.head_ref' };
/** An API answer about a pull request's head: gh pr view/gh api/curl output, or a script reading it. */
const HEAD_FIELD = /headRef(?:Oid|Name)|\.head\.(?:sha|ref)\b|\bhead_sha\b|\bhead\.repo\.full_name\b/;
const PR_API = /\bgh\s+pr\s+view\b|\bgh\s+api\b|\bcurl\b|\bwget\b|\bpulls\.get\b|\bgithub\.rest\.pulls\b|\/pulls\//;
const GITHUB_SCRIPT_HEAD = 'actions/github-script reading a pull request head';
/** core.setOutput('name', value) with a literal name; the value is read to the end of its line. */
const SET_OUTPUT = /\bcore\.setOutput\(\s*(?:'([\w.-]{1,100})'|"([\w.-]{1,100})")\s*,([^\n]{0,300})/g;
/** A value that is not the head: a literal, or a base field (`\u2026.base.sha`, `\u2026.base.ref`). */
const NOT_HEAD_VALUE = /^(?:'[^'\\]{0,200}'|"[^"\\]{0,200}"|\d{1,20}|true|false|null|[\w$]{1,60}(?:\.[\w$]{1,60}){0,8}\.base\.(?:sha|ref))$/;
/** A setOutput call's value as written: its line's rest without the closing parenthesis and semicolon. */
function head_flow_valueOf(rest) {
    let v = rest.trim();
    if (v.endsWith(';'))
        v = v.slice(0, -1).trimEnd();
    if (v.endsWith(')'))
        v = v.slice(0, -1).trimEnd();
    return v;
}
/**
 * The outputs of an actions/github-script step whose script reads a pull request's head. When every
 * core.setOutput call names its output literally, only the outputs whose value may be the head are
 * tainted (a value that is a literal or a base field is not; any other value is), and `result`
 * when the script returns a value; otherwise every output is. So a script that sets both the base
 * and the head taints only the head.
 */
function scriptOutputsOf(script) {
    const named = new Map();
    let calls = 0;
    for (let i = script.indexOf('setOutput('); i >= 0; i = script.indexOf('setOutput(', i + 1))
        calls++;
    const found = [...script.matchAll(SET_OUTPUT)];
    if (calls === 0 || found.length !== calls)
        return { all: [GITHUB_SCRIPT_HEAD], named };
    for (const m of found) {
        const name = m[1] ?? m[2];
        if (!NOT_HEAD_VALUE.test(head_flow_valueOf(m[3])))
            named.set(name, [`core.setOutput('${name}', \u2026) of ${GITHUB_SCRIPT_HEAD}`]);
    }
    if (/\breturn\b/.test(script))
        named.set('result', [`the value returned by ${GITHUB_SCRIPT_HEAD}`]);
    return { all: null, named };
}
/** Actions whose outputs are the head of the pull request a comment was made on. */
const HEAD_OUTPUT_ACTIONS = new Set(['xt0rted/pull-request-comment-branch', 'alessbell/pull-request-comment-branch', 'gotson/pull-request-comment-branch']);
/** Depth of nested lookups (env -> output -> job output -> ...); a real workflow needs a handful. */
const MAX_DEPTH = 32;
/** Lines of one script read for outputs and variables. */
const MAX_SCRIPT_LINES = 5_000;
/** Characters of a line examined. */
const head_flow_MAX_LINE = 4_000;
/** The lines of a shell script, with `\`-continued lines joined and comments dropped. */
function shellLines(text) {
    const out = [];
    let pending = '';
    const raw = text.split('\n', MAX_SCRIPT_LINES);
    for (const r of raw) {
        let line = r.length > head_flow_MAX_LINE ? r.slice(0, head_flow_MAX_LINE) : r;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (line.endsWith('\\')) {
            pending += line.slice(0, -1) + ' ';
            continue;
        }
        const full = (pending + line).trim();
        pending = '';
        if (full === '' || full.startsWith('#'))
            continue;
        out.push(full);
    }
    if (pending.trim() !== '')
        out.push(pending.trim());
    return out;
}
/** Reads `echo "name=value" >> "$GITHUB_OUTPUT"` (printf, tee -a, the legacy ::set-output) from one line. */
function writeOf(line) {
    const legacy = line.indexOf('::set-output name=');
    if (legacy >= 0) {
        const rest = line.slice(legacy + '::set-output name='.length);
        const sep = rest.indexOf('::');
        if (sep > 0)
            return { target: 'output', name: rest.slice(0, sep).trim(), value: rest.slice(sep + 2) };
        return null;
    }
    const isOut = line.includes('GITHUB_OUTPUT');
    const isEnv = !isOut && line.includes('GITHUB_ENV');
    if (!isOut && !isEnv)
        return null;
    // The part written: before the redirection (or the tee) that names the file.
    let cut = line.indexOf('>>');
    const tee = line.indexOf('| tee');
    if (cut < 0 || (tee >= 0 && tee < cut))
        cut = tee;
    if (cut < 0)
        return null;
    let body = line.slice(0, cut).trim();
    const echo = firstCommand(body, ['echo', 'printf']);
    if (echo < 0)
        return null;
    body = body.slice(echo).replace(/^(?:echo|printf)\s+/, '');
    while (body.startsWith('-')) {
        const sp = body.indexOf(' ');
        if (sp < 0)
            return null;
        body = body.slice(sp + 1).trimStart();
    }
    body = unquote(body);
    const eq = body.indexOf('=');
    const heredoc = body.indexOf('<<');
    const at = heredoc >= 0 && (eq < 0 || heredoc < eq) ? heredoc : eq;
    if (at <= 0)
        return null;
    const name = lastWord(body.slice(0, at));
    if (name === '' || !/^[\w-]+$/.test(name))
        return null;
    // A heredoc's value is on the lines that follow; the caller reads the whole script for it.
    return { target: isOut ? 'output' : 'env', name, value: heredoc === at ? '\0heredoc' : body.slice(eq + 1) };
}
/** Offset of the first of `words` used as a command (at the start, or after ; & | ( or a space), or -1. */
function firstCommand(text, words) {
    let best = -1;
    for (const w of words) {
        let i = text.indexOf(w);
        while (i >= 0) {
            const before = i === 0 ? ' ' : text[i - 1];
            const after = text[i + w.length] ?? ' ';
            if (' \t;&|({'.includes(before) && (after === ' ' || after === '\t')) {
                if (best < 0 || i < best)
                    best = i;
                break;
            }
            i = text.indexOf(w, i + 1);
        }
    }
    return best;
}
function unquote(s) {
    let out = '';
    for (const c of s)
        if (c !== '"' && c !== "'")
            out += c;
    return out.trim();
}
function lastWord(s) {
    const t = s.trimEnd();
    let i = t.length;
    while (i > 0 && !' \t;{('.includes(t[i - 1]))
        i--;
    return t.slice(i);
}
/** A shell assignment at the start of a line: `NAME=value`, `export NAME=value`, `local NAME=value`. */
function assignmentOf(line) {
    let s = line;
    for (const kw of ['export ', 'local ', 'readonly ', 'declare ']) {
        if (s.startsWith(kw)) {
            s = s.slice(kw.length).trimStart();
            while (s.startsWith('-')) {
                const sp = s.indexOf(' ');
                if (sp < 0)
                    return null;
                s = s.slice(sp + 1).trimStart();
            }
            break;
        }
    }
    const eq = s.indexOf('=');
    if (eq <= 0)
        return null;
    const name = s.slice(0, eq);
    if (!/^[A-Za-z_]\w*$/.test(name))
        return null;
    return { name, value: s.slice(eq + 1) };
}
/** `$NAME` and `${NAME}` references in shell text (each name once, in order). */
function shellVars(text) {
    const out = [];
    for (const m of text.matchAll(/\$\{?([A-Za-z_]\w{0,100})/g))
        if (!out.includes(m[1]))
            out.push(m[1]);
    return out;
}
/** Where a head value flows in one workflow; ask `expressionChain` / `scriptChains` per step. */
class HeadFlow {
    jobs = new Map();
    stepOutputs = new Map();
    jobOutputs = new Map();
    envWrites = new Map();
    busy = new Set();
    depth = 0;
    file;
    wf;
    constructor(file, wf) {
        this.file = file;
        this.wf = wf;
        for (const j of wf.jobs)
            if (!this.jobs.has(j.id.toLowerCase()))
                this.jobs.set(j.id.toLowerCase(), j);
    }
    text(v) {
        return this.file.fullText.get(v) ?? ('value' in v ? v.value : v.text);
    }
    /** Runs `fn` once per key at a time, within the depth bound; null on a cycle. */
    guarded(key, fn) {
        if (this.busy.has(key) || this.depth >= MAX_DEPTH)
            return null;
        this.busy.add(key);
        this.depth++;
        try {
            return fn();
        }
        finally {
            this.depth--;
            this.busy.delete(key);
        }
    }
    /**
     * The chain by which text evaluated in `job` before step `index` (-1: at the job level) carries
     * the pull request's head, or null. Expressions and written-out pull request refs count.
     */
    expressionChain(text, job, index) {
        for (const e of findExpressions(text)) {
            if (isBooleanExpression(e.body))
                continue;
            for (const p of contextPaths(e.body)) {
                const c = this.pathChain(p, job, index);
                if (c)
                    return c;
            }
        }
        if (PR_REF.test(outsideExpressions(text)))
            return ['a refs/pull/\u2026 ref'];
        return null;
    }
    pathChain(p, job, index) {
        if (isPrHeadPath(p))
            return [p];
        const segs = p.split('.');
        if (segs[0] === 'env' && segs.length >= 2) {
            const c = this.envChain(segs[1], job, index, true);
            return c ? [p, ...c] : null;
        }
        if (segs[0] === 'steps' && segs.length >= 4 && segs[2] === 'outputs') {
            const c = this.stepOutputChain(job, segs[1], segs[3], index);
            return c ? [p, ...c] : null;
        }
        if (segs[0] === 'needs' && segs.length >= 4 && segs[2] === 'outputs') {
            const c = this.jobOutputChain(segs[1], segs[3]);
            return c ? [p, ...c] : null;
        }
        return null;
    }
    /** An env variable as a step at `index` of `job` sees it: step env, earlier $GITHUB_ENV writes, job env, workflow env. */
    envChain(name, job, index, ignoreCase) {
        const same = (k) => (ignoreCase ? k.toLowerCase() === name.toLowerCase() : k === name);
        const step = index >= 0 ? job.steps[index] : undefined;
        const own = step ? envEntry([step.env], name, ignoreCase)?.value : undefined;
        if (own)
            return this.guarded(own, () => this.expressionChain(this.text(own), job, index));
        if (index > 0) {
            const writes = this.writesToEnv(job);
            for (let i = writes.length - 1; i >= 0; i--) {
                const w = writes[i];
                if (w.index < index && same(w.name))
                    return w.chain ? [`$GITHUB_ENV ${w.name}`, ...w.chain] : null;
            }
        }
        const outer = envEntry([job.env, this.wf.env], name, ignoreCase)?.value;
        if (outer)
            return this.guarded(outer, () => this.expressionChain(this.text(outer), job, -1));
        const builtIn = Object.keys(HEAD_ENV_VARS).find(same);
        return builtIn ? [HEAD_ENV_VARS[builtIn]] : null;
    }
    writesToEnv(job) {
        let list = this.envWrites.get(job);
        if (list)
            return list;
        list = [];
        this.envWrites.set(job, list);
        for (const step of job.steps) {
            if (!step.run || !this.text(step.run).includes('GITHUB_ENV'))
                continue;
            const found = this.guarded(step, () => this.readScript(job, step));
            for (const w of found?.env ?? [])
                list.push({ index: step.index, name: w.name, chain: w.chain });
        }
        return list;
    }
    stepOutputChain(job, id, name, before) {
        const step = job.steps.find((s) => s.id !== null && s.id.toLowerCase() === id && s.index < before);
        if (!step)
            return null;
        const outs = this.outputsOf(job, step);
        if (!outs)
            return null;
        if (outs.all)
            return outs.all;
        for (const [k, c] of outs.named)
            if (k.toLowerCase() === name)
                return c;
        return null;
    }
    outputsOf(job, step) {
        const cached = this.stepOutputs.get(step);
        if (cached)
            return cached;
        const computed = this.guarded(step, () => {
            const named = new Map();
            if (step.run) {
                for (const w of this.readScript(job, step).output)
                    if (w.chain)
                        named.set(w.name, w.chain);
                return { all: null, named };
            }
            if (step.uses) {
                const slug = (0,uses/* repoSlug */.mr)(step.uses);
                if (slug && HEAD_OUTPUT_ACTIONS.has(slug))
                    return { all: [`${slug} (the head of the pull request commented on)`], named };
                for (const [k, v] of Object.entries(step.with)) {
                    const t = this.text(v);
                    const c = this.expressionChain(t, job, step.index);
                    if (c)
                        return { all: [`with.${k} of ${step.uses.raw.trim()}`, ...c], named };
                    if (slug === 'actions/github-script' && k === 'script' && HEAD_FIELD.test(t))
                        return scriptOutputsOf(t);
                }
            }
            return { all: null, named };
        });
        if (computed)
            this.stepOutputs.set(step, computed);
        return computed;
    }
    jobOutputChain(jobId, name) {
        const key = `${jobId}\0${name}`;
        if (this.jobOutputs.has(key))
            return this.jobOutputs.get(key) ?? null;
        const job = this.jobs.get(jobId);
        let chain = null;
        if (job) {
            const k = Object.keys(job.outputs).find((x) => x.toLowerCase() === name);
            if (k !== undefined) {
                const v = job.outputs[k];
                chain = this.guarded(v, () => this.expressionChain(this.text(v), job, job.steps.length));
                if (chain)
                    chain = [`jobs.${job.id}.outputs.${k}`, ...chain];
            }
        }
        this.jobOutputs.set(key, chain);
        return chain;
    }
    /**
     * A run step's script read line by line: shell variables assigned from a head value, and the
     * outputs and env variables it writes, each with its chain.
     */
    readScript(job, step) {
        const output = [];
        const env = [];
        if (!step.run)
            return { output, env };
        const text = this.text(step.run);
        const lines = shellLines(text);
        const locals = new Map();
        for (const line of lines) {
            const w = writeOf(line);
            if (w) {
                const value = w.value === '\0heredoc' ? text : w.value;
                (w.target === 'output' ? output : env).push({ name: w.name, chain: this.lineChain(value, job, step.index, locals) });
                continue;
            }
            const a = assignmentOf(line);
            if (a)
                locals.set(a.name, this.lineChain(a.value, job, step.index, locals));
        }
        return { output, env };
    }
    /** The chain of one shell line (or value): expressions, head API calls, then $VARS (script locals, then env). */
    lineChain(line, job, index, locals) {
        const direct = this.expressionChain(line, job, index);
        if (direct)
            return direct;
        if (PR_API.test(line) && HEAD_FIELD.test(line))
            return [`\`${head_flow_short(line)}\` (an API answer about the pull request's head)`];
        for (const v of shellVars(line)) {
            if (locals.has(v)) {
                const c = locals.get(v);
                if (c)
                    return [`$${v}`, ...c];
                continue;
            }
            const c = this.envChain(v, job, index, false);
            if (c)
                return [`$${v}`, ...c];
        }
        return null;
    }
    /** Each line of a run step with the shell variables known before it, for callers that look for a use. */
    *scriptLines(job, step) {
        if (!step.run)
            return;
        const locals = new Map();
        for (const line of shellLines(this.text(step.run))) {
            yield { line, locals };
            const a = assignmentOf(line);
            if (a)
                locals.set(a.name, this.lineChain(a.value, job, step.index, locals));
        }
    }
}
/** The text with every `${{ }}` expression blanked out (a ref written around them is still seen). */
function outsideExpressions(text) {
    let out = '';
    let at = 0;
    for (const e of findExpressions(text)) {
        out += text.slice(at, e.offset) + ' ';
        at = e.offset + e.text.length;
    }
    return out + text.slice(at);
}
function head_flow_short(s, n = 80) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > n ? one.slice(0, n - 3) + '...' : one;
}
/** "a (from c through b)" for a chain [a, b, c]; just "a" for a direct use. */
function describeChain(chain) {
    if (chain.length <= 1)
        return '';
    const source = chain[chain.length - 1];
    const through = chain.slice(1, -1);
    return through.length > 0 ? `, which carries ${source} through ${through.join(', ')}` : `, which carries ${source}`;
}

// EXTERNAL MODULE: ./src/facts/workflows/hub-publishing.ts
var hub_publishing = __webpack_require__(7399);
;// CONCATENATED MODULE: ./src/facts/workflows/findings.ts
// Findings: places in workflows and composite actions that are evidence against an OSPS Baseline
// requirement (or, with requirement null, hardening advice).






/** Findings kept in total; past this, `findingsTruncated` is set. */
const MAX_FINDINGS = 5_000;
/** Triggers that run with the base repository's secrets and a write-capable token while handling outside input. */
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run', 'issue_comment'];
/**
 * `with:` inputs that are scripts. Expressions are expanded before the action sees the text, so
 * `${{ }}` there is an injection just as in `run:`. `actions/github-script`'s `script` is the
 * common case; the generic names cover ssh / retry / shell-runner actions.
 */
const SCRIPT_INPUTS = ['script', 'run', 'command', 'commands', 'cmd', 'shell-script', 'inline-script'];
/** Input types whose values GitHub constrains (not free text): not flagged when used in a script. */
const SAFE_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);
class FindingSink {
    findings = [];
    truncated = false;
    /** path, line, column and kind already reported: an aliased job or step is reported once, where its text is. */
    seen = new Set();
    add(file, kind, requirement, severity, at, message, extra) {
        const key = `${file.path}\0${at.line}\0${at.column}\0${kind}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        if (this.findings.length >= MAX_FINDINGS) {
            this.truncated = true;
            return;
        }
        const snippet = file.lineAt(at.line);
        const f = { kind, requirement, severity, path: file.path, line: at.line, column: at.column, message };
        if (snippet)
            f.snippet = snippet;
        if (extra)
            Object.assign(f, extra);
        this.findings.push(f);
    }
}
function findings_short(s, n = 120) {
    const one = s.replace(/\s+/g, ' ').trim();
    return one.length > n ? one.slice(0, n - 3) + '...' : one;
}
/** Scripts of a step: `run:` and script-like `with:` inputs. */
function scriptsOf(step) {
    const out = [];
    if (step.run)
        out.push({ fact: step.run, label: 'run:', at: step.run });
    if (step.uses) {
        const isGithubScript = (0,uses/* repoSlug */.mr)(step.uses) === 'actions/github-script';
        for (const [k, v] of Object.entries(step.with)) {
            const key = k.toLowerCase();
            if ((isGithubScript && key === 'script') || SCRIPT_INPUTS.includes(key))
                out.push({ fact: v, label: `with.${k} of ${findings_short(step.uses.raw, 60)}`, at: v });
        }
    }
    return out;
}
function inputIsConstrained(scope, name) {
    if (scope.kind === 'action' || name === '')
        return false;
    const found = scope.decls.filter((d) => Object.prototype.hasOwnProperty.call(d, name));
    // Declared in every trigger that has it, with a constrained type.
    return found.length > 0 && found.every((d) => SAFE_INPUT_TYPES.has(d[name].type.toLowerCase()));
}
/**
 * `env.NAME` paths whose value (looked up step, job, workflow) expands untrusted input:
 * `${{ env.TITLE }}` in a script is as unsafe as the expression TITLE was set from.
 */
function taintedEnv(file, paths, chain) {
    const out = [];
    for (const p of paths) {
        if (!p.startsWith('env.'))
            continue;
        const v = envEntry(chain, p.slice(4).split('.')[0])?.value;
        if (v === undefined)
            continue;
        const text = file.fullText.get(v) ?? v.value;
        if (findExpressions(text).some((e) => !isBooleanExpression(e.body) && contextPaths(e.body).some(isUntrustedPath)))
            out.push(`${p} = ${findings_short(v.value, 60)}`);
    }
    return out;
}
function checkScripts(sink, file, steps, scope, outer = []) {
    for (const step of steps) {
        const chain = [step.env, ...outer];
        for (const script of scriptsOf(step)) {
            const text = file.fullText.get(script.fact) ?? '';
            let cursor = 0;
            for (const expr of findExpressions(text)) {
                const found = file.findInSource(script.fact, expr.text, cursor);
                if (found)
                    cursor = found.offset + expr.text.length;
                const at = found?.pos ?? script.at;
                if (isBooleanExpression(expr.body))
                    continue;
                const paths = contextPaths(expr.body);
                const untrusted = [...paths.filter(isUntrustedPath), ...taintedEnv(file, paths, chain)];
                if (untrusted.length > 0) {
                    sink.add(file, 'untrusted-input', 'OSPS-BR-01.01', 'error', at, `${findings_short(expr.text)} expands untrusted input (${untrusted.join(', ')}) into ${script.label}; anyone who can open an issue or pull request controls it. Pass it through env: and quote "$VAR" instead.`);
                    continue;
                }
                const inputs = paths.map(inputName).filter((n) => n !== null && !inputIsConstrained(scope, n));
                if (inputs.length > 0) {
                    const what = scope.kind === 'action' ? 'composite action input' : 'workflow input';
                    sink.add(file, 'collaborator-input', 'OSPS-BR-01.04', 'warning', at, `${findings_short(expr.text)} expands a ${what} (${inputs.map((n) => n || '(all inputs)').join(', ')}) into ${script.label} without validation. Pass it through env: and quote "$VAR", or give it a boolean/number/choice type.`);
                }
            }
        }
    }
}
// ---- Privileged triggers running pull request code (OSPS-BR-01.03) ----
const GIT_FETCH_PR = /\bgit\s+(?:-c\s+\S+\s+)*(?:fetch|checkout|pull|switch|clone|worktree\s+add)\b/;
/**
 * Where step `index` of `job` brings the pull request's code into the job, or null: a checkout
 * (actions/checkout, git fetch/checkout, gh pr checkout) of a value that carries the head, directly
 * or through env, step outputs, job outputs or shell variables (head-flow.ts).
 */
function untrustedCheckout(file, flow, job, index) {
    const step = job.steps[index];
    if (step.uses && (0,uses/* repoSlug */.mr)(step.uses) === 'actions/checkout') {
        for (const v of [step.with['ref'], step.with['repository']]) {
            if (!v)
                continue;
            const chain = flow.expressionChain(file.fullText.get(v) ?? v.value, job, index);
            if (chain)
                return { at: v, how: `actions/checkout of ${findings_short(v.value, 80)}${describeChain(chain)}` };
        }
        return null;
    }
    if (step.run) {
        let hit = null;
        for (const { line, locals } of flow.scriptLines(job, step)) {
            if (hit) {
                // The same script goes on to run something other than git: it runs the code it fetched.
                if (!/^(?:git|echo|cd|printf|set|export)\b/.test(line)) {
                    hit.runsInScript = true;
                    break;
                }
                continue;
            }
            let chain = null;
            if (/\bgh\s+pr\s+checkout\b/.test(line))
                chain = ['gh pr checkout'];
            else if (GIT_FETCH_PR.test(line))
                chain = flow.lineChain(line, job, index, locals);
            if (chain) {
                const found = file.findInSource(step.run, line) ?? file.findInSource(step.run, line.slice(0, 40));
                hit = { at: found?.pos ?? step.run, how: `\`${findings_short(line, 80)}\`${chain.length > 1 ? describeChain(chain) : ''}` };
                if (/&&|;/.test(line.slice(line.search(GIT_FETCH_PR) + 1).replace(/&&\s*git\b/g, '')))
                    hit.runsInScript = true;
            }
        }
        return hit;
    }
    return null;
}
/**
 * workflow_run only: artifacts of the triggering run were built from the pull request's code
 * (artifact poisoning), so downloading them brings that code in as well.
 */
function untrustedArtifact(file, wf, step) {
    if (!wf.effectiveEvents.includes('workflow_run') || !step.uses)
        return null;
    const slug = (0,uses/* repoSlug */.mr)(step.uses);
    if (slug === 'dawidd6/action-download-artifact')
        return { at: step.uses, how: `${findings_short(step.uses.raw, 80)} (artifacts of another run)` };
    if (slug === 'actions/download-artifact') {
        const runId = step.with['run-id'];
        if (runId && /workflow_run\.id/.test(file.fullText.get(runId) ?? runId.value))
            return { at: runId, how: 'actions/download-artifact of the triggering run' };
    }
    return null;
}
/** Actions that do not execute the checked-out code. */
const NON_EXECUTING = [
    /^actions\/checkout$/,
    /^actions\/(upload|download)-artifact$/,
    /^actions\/cache(\/.*)?$/,
    /^actions\/github-script$/,
    /^actions\/labeler$/,
    /^actions\/stale$/,
    /^peter-evans\/create-or-update-comment$/,
    /^marocchino\/sticky-pull-request-comment$/,
];
function executesCode(step) {
    if (step.run)
        return true;
    if (!step.uses)
        return false;
    if (step.uses.kind === 'local')
        return true;
    const target = (0,uses/* usesTarget */.OW)(step.uses);
    return !NON_EXECUTING.some((re) => re.test(target));
}
function jobUsesSecrets(file, wf, job) {
    if (job.secrets !== null)
        return true;
    const texts = [];
    for (const v of [...Object.values(wf.env), ...Object.values(job.env)])
        texts.push(file.fullText.get(v) ?? v.value);
    for (const s of job.steps) {
        for (const v of [...Object.values(s.with), ...Object.values(s.env)])
            texts.push(file.fullText.get(v) ?? v.value);
        if (s.run)
            texts.push(file.fullText.get(s.run) ?? s.run.text);
    }
    return texts.some((t) => findExpressions(t).some((e) => contextPaths(e.body).some((p) => p.startsWith('secrets.') && p !== 'secrets.github_token')));
}
function tokenDescription(wf, job) {
    const p = job.permissions.kind !== 'absent' ? job.permissions : wf.permissions;
    if (p.kind === 'absent')
        return 'the default GITHUB_TOKEN (write unless the repository default is read-only)';
    if (p.kind === 'write-all')
        return 'a write-all GITHUB_TOKEN';
    if (p.kind === 'map') {
        const writes = Object.entries(p.scopes).filter(([, v]) => v === 'write').map(([k]) => k);
        return writes.length > 0 ? `a GITHUB_TOKEN with write on ${writes.join(', ')}` : 'a read-only GITHUB_TOKEN';
    }
    return 'a read-only GITHUB_TOKEN';
}
/** One step less severe: what a gate in front of a finding does. */
function lower(s) {
    return s === 'error' ? 'warning' : 'note';
}
function checkPrivileged(sink, file, wf) {
    const privileged = wf.effectiveEvents.filter((e) => PRIVILEGED_TRIGGERS.includes(e));
    if (privileged.length === 0)
        return;
    const flow = new HeadFlow(file, wf);
    for (const job of wf.jobs) {
        for (let i = 0; i < job.steps.length; i++) {
            const hit = untrustedCheckout(file, flow, job, i) ?? untrustedArtifact(file, wf, job.steps[i]);
            if (!hit)
                continue;
            const runsLater = ('runsInScript' in hit && hit.runsInScript === true) || job.steps.slice(i + 1).some(executesCode);
            const gate = gateBefore(file, wf, job, i);
            const found = runsLater ? 'error' : 'warning';
            // A condition or a permission check is in the file: it lowers the severity here. An
            // environment's reviewers are a repository setting: the rule decides with the API's answer.
            const severity = gate && gate.kind !== 'environment' ? lower(found) : found;
            const exposure = `${jobUsesSecrets(file, wf, job) ? 'secrets and ' : ''}${tokenDescription(wf, job)}`;
            const mitigation = !gate
                ? ''
                : gate.kind === 'environment'
                    ? `; it runs in ${gate.detail} (line ${gate.line}), whose required reviewers, if set, approve each run`
                    : `; mitigated by ${gate.detail} (line ${gate.line})`;
            sink.add(file, 'privileged-untrusted-checkout', 'OSPS-BR-01.03', severity, hit.at, `job ${job.id} runs on ${privileged.join(', ')} with ${exposure} and brings in the pull request's code (${hit.how})` +
                (runsLater ? '; later steps run it' : '') +
                mitigation +
                '. Run untrusted code in a pull_request workflow without secrets instead.', gate ? { gate, ...(gate.kind === 'environment' ? { gatedSeverity: lower(found) } : {}) } : undefined);
            break;
        }
    }
}
// ---- Permissions (OSPS-AC-04.01, OSPS-AC-04.02) ----
//
// Interpretation, for GitHub Actions:
// - OSPS-AC-04.01 ("tasks with no permissions specified get the lowest permissions"): the token a
//   job gets when nothing is declared comes from a repository / organisation setting that a
//   checkout cannot see, and was read-write by default for older repositories. A workflow whose
//   top level has no `permissions:` while some job also has none is therefore evidence against
//   04.01 ('permissions-missing', warning; a note for a workflow triggered only by workflow_call,
//   whose token is bounded by its caller's). Declaring `permissions:` (even `{}` or `read-all`)
//   at the top level, or on every job, makes the workflow independent of that setting; so does a
//   job that calls a workflow of this repository which declares its own.
// - OSPS-AC-04.02 ("only the minimum privileges necessary"): `write-all` anywhere is never minimal
//   ('permissions-write-all', error). A write scope at the workflow level is granted to every job,
//   including jobs that do not need it ('permissions-broad-write', warning; a note when the
//   workflow has a single job, where workflow and job level are the same). Write scopes on a job
//   are taken as needed: a checkout cannot tell what a job needs.
/** Whether a workflow declares `permissions:` at its top level or on every job, so that its jobs' tokens do not depend on the repository's default. */
function declaresPermissions(wf) {
    return wf.permissions.kind !== 'absent' || (wf.jobs.length > 0 && wf.jobs.every((j) => j.permissions.kind !== 'absent'));
}
function checkPermissions(sink, file, wf, local) {
    const rootAt = file.nodePos(file.root);
    if (wf.permissions.kind === 'absent' && wf.jobs.length > 0) {
        // A job that calls a reusable workflow of this repository which declares its own permissions
        // runs with those (a called workflow can only narrow its caller's token): nodejs/undici's
        // triggered-autobahn.yml calls autobahn.yml, which declares `contents: read`.
        const callsDeclared = (j) => {
            const callee = j.uses?.kind === 'local' && j.uses.isWorkflow && j.uses.path ? local.get(j.uses.path.replace(/^\.\//, '')) : undefined;
            return callee !== undefined && callee.valid && declaresPermissions(callee);
        };
        const missing = wf.jobs.filter((j) => j.permissions.kind === 'absent' && !callsDeclared(j)).map((j) => j.id);
        if (missing.length > 0) {
            const names = missing.length > 10 ? `${missing.slice(0, 10).join(', ')} and ${missing.length - 10} more` : missing.join(', ');
            // A workflow that is only ever called (workflow_call) gets at most its caller's token, so
            // the caller decides; still worth a note, since the caller may not restrict it.
            const onlyCalled = wf.triggers.events.length > 0 && wf.triggers.events.every((e) => e === 'workflow_call');
            sink.add(file, 'permissions-missing', 'OSPS-AC-04.01', onlyCalled ? 'note' : 'warning', rootAt, `no top-level permissions: and none on job${missing.length > 1 ? 's' : ''} ${names}; ${missing.length > 1 ? 'they get' : 'it gets'} ${onlyCalled ? "the calling workflow's GITHUB_TOKEN permissions" : "the repository's default GITHUB_TOKEN permissions, which may be read-write"}. Add \`permissions: {}\` or \`contents: read\` at the top and grant more per job.`);
        }
    }
    if (wf.permissions.kind === 'write-all' && wf.permissions.position) {
        sink.add(file, 'permissions-write-all', 'OSPS-AC-04.02', 'error', wf.permissions.position, 'permissions: write-all gives every job write access to everything; grant only the scopes each job needs.');
    }
    for (const job of wf.jobs) {
        if (job.permissions.kind === 'write-all' && job.permissions.position) {
            sink.add(file, 'permissions-write-all', 'OSPS-AC-04.02', 'error', job.permissions.position, `job ${job.id} has permissions: write-all; grant only the scopes it needs.`);
        }
    }
    if (wf.permissions.kind === 'map') {
        const single = wf.jobs.length === 1;
        for (const [scope, level] of Object.entries(wf.permissions.scopes)) {
            if (level !== 'write')
                continue;
            const uses = single ? [] : wf.jobs.map((j) => scopeUse(file, j, scope));
            if (uses.length > 0 && uses.every((u) => u !== null)) {
                // Every job uses the scope: granted at the top, it gives no job more than it needs.
                sink.add(file, 'permissions-broad-write', 'OSPS-AC-04.02', 'note', wf.permissions.scopePositions[scope], `${scope}: write is granted at the workflow level, and each of its ${wf.jobs.length} jobs uses it (${wf.jobs.map((j, i) => `${j.id}: ${uses[i]}`).join('; ').slice(0, 400)}); granting it per job would keep a new job read-only.`);
                continue;
            }
            sink.add(file, 'permissions-broad-write', 'OSPS-AC-04.02', single ? 'note' : 'warning', wf.permissions.scopePositions[scope], single
                ? `${scope}: write is granted at the workflow level; the workflow has one job, but moving it to that job keeps new jobs read-only.`
                : `${scope}: write is granted at the workflow level, so all ${wf.jobs.length} jobs get it; grant it only on the job that needs it.`);
        }
    }
}
/** Actions (owner/name, lower case, as repoSlug gives them) that write with the token's `contents` scope (releases, commits, pages) or ask for an OIDC token (`id-token`). */
const SCOPE_ACTIONS = {
    contents: new Set([
        'softprops/action-gh-release', 'ncipollo/release-action', 'actions/create-release', 'actions/upload-release-asset', 'svenstaro/upload-release-action',
        'goreleaser/goreleaser-action', 'stefanzweifel/git-auto-commit-action', 'endbug/add-and-commit', 'peter-evans/create-pull-request',
        'jamesives/github-pages-deploy-action', 'peaceiris/actions-gh-pages', 'googleapis/release-please-action', 'changesets/action',
    ]),
    'id-token': new Set([
        'actions/attest-build-provenance', 'actions/attest', 'actions/attest-sbom', 'sigstore/gh-action-sigstore-python', 'pypa/gh-action-pypi-publish',
        'aws-actions/configure-aws-credentials', 'google-github-actions/auth', 'azure/login', 'actions/deploy-pages',
    ]),
};
/** Commands of a run step that write with `contents` or use an OIDC token. */
const SCOPE_COMMANDS = {
    contents: /\bgh\s+release\s+(?:create|upload|edit|delete)\b|\bgit\s+push\b/,
    'id-token': /\bcosign\s+(?:sign|attest)(?:-blob)?\b|\bACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)\b/,
};
/**
 * What in a job uses a write scope of its token, in words, or null when nothing is seen: a known
 * action or command for `contents` and `id-token`. Other scopes are never judged used. A job that
 * calls a reusable workflow passes the token on, and that workflow's own permissions decide.
 */
function scopeUse(file, job, scope) {
    if (job.uses)
        return `calls ${findings_short(job.uses.raw, 80)}`;
    const actions = SCOPE_ACTIONS[scope];
    const commands = SCOPE_COMMANDS[scope];
    if (!actions || !commands)
        return null;
    for (const st of job.steps) {
        const slug = st.uses ? (0,uses/* repoSlug */.mr)(st.uses) : null;
        if (slug && actions.has(slug))
            return slug;
        if (st.run) {
            const m = commands.exec(file.fullText.get(st.run) ?? st.run.text);
            if (m)
                return `\`${m[0]}\``;
        }
    }
    return null;
}
// ---- Pinning (hardening) ----
function checkPinned(sink, file, u) {
    if (!u || u.pinned)
        return;
    if (u.kind !== 'action' && u.kind !== 'reusable-workflow' && u.kind !== 'docker')
        return;
    // Some reusable workflows only work when called by tag; pinning them would break them.
    const byDesign = (0,hub_publishing/* tagRequiredReason */._3)(u);
    if (byDesign !== null) {
        sink.add(file, 'tag-pinned-by-design', null, 'note', u, byDesign);
        return;
    }
    const what = u.kind === 'docker' ? `Docker image ${findings_short(u.raw, 100)}` : findings_short(u.raw, 100);
    const by = u.kind === 'docker'
        ? u.refKind === 'none'
            ? 'has no tag or digest'
            : `is pinned to a tag (${u.ref}), not a sha256 digest`
        : u.refKind === 'tag'
            ? `is pinned to a tag (${u.ref}), not a full commit SHA`
            : u.refKind === 'branch'
                ? `follows a branch or short ref (${u.ref}), not a full commit SHA`
                : 'has no ref';
    const comment = u.comment !== null ? ` (comment: # ${findings_short(u.comment, 60)})` : '';
    sink.add(file, 'unpinned-action', null, 'warning', u, `${what} ${by}${comment}; a moved tag or branch changes the code that runs.`);
}
function workflowFindings(sink, p, local = new Map()) {
    const { file, workflow: wf } = p;
    if (!wf.valid)
        return;
    const scope = {
        kind: 'workflow',
        decls: [
            ...(wf.triggers.events.includes('workflow_dispatch') ? [wf.triggers.dispatchInputs] : []),
            ...(wf.triggers.events.includes('workflow_call') ? [wf.triggers.callInputs] : []),
        ],
    };
    for (const job of wf.jobs)
        checkScripts(sink, file, job.steps, scope, [job.env, wf.env]);
    checkPrivileged(sink, file, wf);
    checkPermissions(sink, file, wf, local);
    for (const job of wf.jobs) {
        checkPinned(sink, file, job.uses);
        for (const s of job.steps)
            checkPinned(sink, file, s.uses);
    }
}
function actionFindings(sink, p, repository) {
    const { file, action } = p;
    if (!action.valid)
        return;
    checkScripts(sink, file, action.steps, { kind: 'action', decls: [] });
    for (const s of action.steps)
        checkPinned(sink, file, s.uses);
    const img = action.image;
    if (img && /^docker:\/\//i.test(img.value.trim())) {
        checkPinned(sink, file, { ...(0,uses/* classifyUses */.tN)(img.value, repository), line: img.line, column: img.column, comment: null, commentVersion: null });
    }
}

;// CONCATENATED MODULE: ./src/facts/workflows/filter-pattern.ts
// GitHub's branch and tag filter patterns (the "filter pattern cheat sheet" of the workflow syntax):
//   *   zero or more characters, not `/`       **  zero or more of any character
//   ?   zero or one character                  +   one or more of the preceding character
//   []  one character listed or in a range (a-z, A-Z, 0-9)
//   \x  the character x itself                 !   at the start: negates the patterns before it
// A pattern comes from the repository, so it is matched by simulating all positions in the pattern
// at once (time pattern length x name length), never compiled to a backtracking regular
// expression: `?` repeated 150 times then `x` took a minute as /^.?.?\u2026x$/. Glob libraries
// (picomatch, minimatch) mean something else by `?` (exactly one character), `+` (extglob) and
// `**` (a whole path segment only), so none of them answers as GitHub does.
/** Longest pattern read; GitHub's own limit on a ref name is far below it. */
const MAX_PATTERN = 500;
const anyChar = () => true;
const notSlash = (c) => c !== '/';
function tokenize(pattern) {
    const tokens = [];
    const p = pattern.length > MAX_PATTERN ? pattern.slice(0, MAX_PATTERN) : pattern;
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*') {
            const double = p[i + 1] === '*';
            if (double)
                i++;
            tokens.push({ test: double ? anyChar : notSlash, optional: true, repeat: true });
        }
        else if (c === '?') {
            tokens.push({ test: anyChar, optional: true, repeat: false });
        }
        else if (c === '+' && tokens.length > 0) {
            tokens[tokens.length - 1].repeat = true;
        }
        else if (c === '[' && p.indexOf(']', i + 1) > i + 1) {
            const end = p.indexOf(']', i + 1);
            tokens.push({ test: charClass(p.slice(i + 1, end)), optional: false, repeat: false });
            i = end;
        }
        else {
            const lit = c === '\\' && i + 1 < p.length ? p[++i] : c;
            tokens.push({ test: (x) => x === lit, optional: false, repeat: false });
        }
    }
    return tokens;
}
/** The inside of `[...]`: single characters and ranges such as a-z. */
function charClass(body) {
    const singles = new Set();
    const ranges = [];
    for (let i = 0; i < body.length; i++) {
        if (i + 2 < body.length && body[i + 1] === '-') {
            ranges.push([body.charCodeAt(i), body.charCodeAt(i + 2)]);
            i += 2;
        }
        else
            singles.add(body[i]);
    }
    return (c) => {
        if (singles.has(c))
            return true;
        const code = c.charCodeAt(0);
        return ranges.some(([lo, hi]) => code >= lo && code <= hi);
    };
}
/** Does a GitHub filter pattern match `name` (a branch or tag)? */
function globMatch(pattern, name) {
    const tokens = tokenize(pattern);
    const n = tokens.length;
    let current = new Uint8Array(n + 1);
    let next = new Uint8Array(n + 1);
    const close = (set) => {
        // Optional tokens may be skipped; states only move forward, so one pass closes the set.
        for (let i = 0; i < n; i++)
            if (set[i] && tokens[i].optional)
                set[i + 1] = 1;
    };
    current[0] = 1;
    close(current);
    for (const ch of name) {
        next.fill(0);
        let any = false;
        for (let i = 0; i < n; i++) {
            if (!current[i] || !tokens[i].test(ch))
                continue;
            next[i + 1] = 1;
            if (tokens[i].repeat)
                next[i] = 1;
            any = true;
        }
        if (!any)
            return false;
        close(next);
        [current, next] = [next, current];
    }
    return current[n] === 1;
}
/** Applies include patterns in order, `!pattern` excluding again what came before, as GitHub does. */
function filterIncludes(patterns, name) {
    let included = false;
    for (const p of patterns) {
        if (p.startsWith('!')) {
            if (globMatch(p.slice(1), name))
                included = false;
        }
        else if (globMatch(p, name))
            included = true;
    }
    return included;
}

;// CONCATENATED MODULE: ./src/facts/workflows/self-scan.ts
/** The OSPS Baseline named in an argument or a configuration file. */
const OSPS = /\bosps\b|\bosps[-_]?b\b|osps[-_]baseline|open source project security baseline/i;
/** A step that builds the program from the repository. */
const BUILDS = /\bgo\s+(?:build|install)\b|\bmake\b|\bcargo\s+build\b|\bdocker\s+build\b|\b(?:npm|pnpm|yarn)\s+(?:run\s+)?build\b|\bgoreleaser\s+build\b/;
/** Running a program built here: `./bin/scanner`, `bin/scanner`, `go run .`, `cargo run`, or Privateer. */
function runsLocalProgram(line) {
    const first = line.trimStart().split(/\s+/, 1)[0] ?? '';
    if (first.startsWith('./') || first.startsWith('bin/') || first.startsWith('dist/') || first.startsWith('build/') || first.startsWith('$GITHUB_WORKSPACE/') || first.startsWith('${GITHUB_WORKSPACE}/'))
        return true;
    return /^(?:go\s+run|cargo\s+run|(?:privateer|pvtr)\s+run)\b/.test(line.trimStart());
}
/** Repository files a line names (configuration passed to the scanner), YAML or JSON. */
function namedConfigFiles(line) {
    const out = [];
    for (const w of line.split(/[\s=]+/)) {
        const p = w.replace(/^["']|["']$/g, '').replace(/^\.\//, '');
        if (/\.(?:ya?ml|json)$/i.test(p) && !p.includes('$') && !p.split('/').includes('..') && out.length < 3)
            out.push(p);
    }
    return out;
}
/**
 * The step of `job` that runs a Baseline scanner built from this repository, or null. `lines` gives
 * a step's script lines; `read` a repository file's text (a configuration the scanner is given).
 */
function selfScanIn(job, lines, read) {
    let built = false;
    for (const step of job.steps) {
        const ls = lines(step);
        for (const l of ls) {
            if (!runsLocalProgram(l))
                continue;
            const inPlace = /^\s*(?:go|cargo)\s+run\b/.test(l);
            const privateer = /^\s*(?:privateer|pvtr)\s+run\b/.test(l);
            if (!built && !inPlace && !privateer)
                continue;
            if (OSPS.test(l))
                return { step, line: l, why: 'its arguments name the OSPS Baseline' };
            for (const p of namedConfigFiles(l)) {
                const text = read(p);
                if (text !== null && OSPS.test(text))
                    return { step, line: l, why: `its configuration ${p} names the OSPS Baseline` };
            }
        }
        if (ls.some((l) => BUILDS.test(l)) || (step.uses !== null && /^(?:goreleaser\/goreleaser-action|docker\/build-push-action)$/i.test(`${step.uses.owner}/${step.uses.repo}`)))
            built = true;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/facts/workflows/makefile.ts
// A small, safe reader of Makefiles: explicit rules (targets, prerequisites, recipe lines with their
// line numbers) and simple variables, enough to tell what `make <target>` runs. Pattern rules,
// conditionals and functions are not evaluated. The file is repository text: lines are cut with
// indexOf, variables are expanded under a depth and length budget, and nothing here can backtrack.
/** Lines read from one Makefile. */
const MAX_LINES = 20_000;
/** Rules kept, and recipe lines kept per rule. */
const MAX_RULES = 5_000;
const MAX_RECIPE = 200;
/** Nested `$(VAR)` expansions, and characters an expansion may grow to. */
const MAX_EXPAND_DEPTH = 6;
const MAX_EXPANDED = 4_000;
/** Logical lines: `\`-continued lines joined, each with the number of its first physical line. */
function logicalLines(text) {
    const out = [];
    const raw = text.split('\n', MAX_LINES);
    let pending = null;
    for (let i = 0; i < raw.length; i++) {
        let l = raw[i];
        if (l.endsWith('\r'))
            l = l.slice(0, -1);
        const cont = l.endsWith('\\') && !l.endsWith('\\\\');
        const piece = cont ? l.slice(0, -1) : l;
        if (pending)
            pending.text += ' ' + piece.trimStart();
        else
            pending = { text: piece, line: i + 1 };
        if (!cont) {
            out.push(pending);
            pending = null;
        }
    }
    if (pending)
        out.push(pending);
    return out;
}
/** The text before an unescaped `#`. */
function stripComment(s) {
    let i = s.indexOf('#');
    while (i > 0 && s[i - 1] === '\\')
        i = s.indexOf('#', i + 1);
    return i < 0 ? s : s.slice(0, i);
}
const CONDITIONALS = new Set(['ifeq', 'ifneq', 'ifdef', 'ifndef', 'else', 'endif']);
const DIRECTIVES = new Set(['include', '-include', 'sinclude', 'export', 'unexport', 'override', 'vpath', 'undefine']);
function parseMakefile(text) {
    const rules = new Map();
    const vars = new Map();
    let first = null;
    let current = [];
    let inDefine = false;
    for (const { text: raw, line } of logicalLines(text)) {
        if (inDefine) {
            if (raw.trim() === 'endef')
                inDefine = false;
            continue;
        }
        if (raw.startsWith('\t')) {
            // A recipe line of the rule(s) above; `@`, `-` and `+` only change how make echoes or fails.
            let t = raw.slice(1).trim();
            while (t.startsWith('@') || t.startsWith('-') || t.startsWith('+'))
                t = t.slice(1).trimStart();
            if (t !== '' && !t.startsWith('#'))
                for (const r of current)
                    if (r.recipe.length < MAX_RECIPE)
                        r.recipe.push({ text: t, line });
            continue;
        }
        const s = stripComment(raw).trim();
        if (s === '')
            continue;
        if (s.startsWith('define ') || s === 'define') {
            inDefine = true;
            current = [];
            continue;
        }
        const eq = s.indexOf('=');
        const colon = s.indexOf(':');
        const assigns = eq >= 0 && (colon < 0 || eq < colon || s.startsWith(':=', colon) || s.startsWith('::=', colon));
        if (assigns) {
            makefile_assign(vars, s.startsWith('export ') ? s.slice(7) : s, eq - (s.startsWith('export ') ? 7 : 0));
            current = [];
            continue;
        }
        const word = s.split(/\s/, 1)[0];
        if (CONDITIONALS.has(word))
            continue; // a rule's recipe goes on across conditionals
        if (DIRECTIVES.has(word)) {
            current = [];
            continue;
        }
        if (colon <= 0) {
            current = [];
            continue;
        }
        // targets : prerequisites [; recipe]   (a `::` rule is read the same way)
        // Make expands targets and prerequisites as it reads them: `$(BIN): main.go`.
        const targets = expandMake(s.slice(0, colon), vars).trim().split(/\s+/);
        let rest = s.slice(colon + 1);
        if (rest.startsWith(':'))
            rest = rest.slice(1);
        if (rest.includes('=')) {
            current = []; // a target-specific variable, not a rule
            continue;
        }
        let inline = null;
        const semi = rest.indexOf(';');
        if (semi >= 0) {
            inline = rest.slice(semi + 1).trim();
            rest = rest.slice(0, semi);
        }
        const prereqs = expandMake(rest.split('|').join(' '), vars).trim().split(/\s+/).filter((p) => p !== '');
        current = [];
        for (const t of targets) {
            if (t === '' || t.includes('%') || rules.size >= MAX_RULES)
                continue;
            if (t.startsWith('.'))
                continue; // .PHONY, .DEFAULT_GOAL, suffix rules
            let r = rules.get(t);
            if (!r) {
                r = { prereqs: [], recipe: [], line };
                rules.set(t, r);
            }
            r.prereqs.push(...prereqs.filter((p) => !r.prereqs.includes(p)));
            if (inline)
                r.recipe.push({ text: inline, line });
            current.push(r);
            if (first === null)
                first = t;
        }
    }
    const goal = vars.get('.DEFAULT_GOAL');
    if (goal && rules.has(goal.trim()))
        first = goal.trim();
    return { rules, first, vars };
}
function makefile_assign(vars, s, eq) {
    let name = s.slice(0, eq);
    let op = '=';
    for (const o of ['::', ':', '?', '+', '!']) {
        if (name.endsWith(o)) {
            op = o + '=';
            name = name.slice(0, -o.length);
            break;
        }
    }
    name = name.trim();
    if (name === '' || name.includes(' '))
        return;
    const value = s.slice(eq + 1).trim();
    if (op === '?=' && vars.has(name))
        return;
    if (op === '+=')
        vars.set(name, `${vars.get(name) ?? ''} ${value}`.trim());
    else if (op !== '!=')
        vars.set(name, value);
}
/** `$(NAME)` / `${NAME}` / `$X` replaced by the variables known; `$(MAKE)` is `make`; others are left. */
function expandMake(text, vars, depth = 0) {
    if (depth >= MAX_EXPAND_DEPTH || !text.includes('$'))
        return text;
    let out = '';
    let i = 0;
    while (i < text.length && out.length < MAX_EXPANDED) {
        const d = text.indexOf('$', i);
        if (d < 0) {
            out += text.slice(i);
            break;
        }
        out += text.slice(i, d);
        const open = text[d + 1];
        if (open === '$') {
            out += '$';
            i = d + 2;
            continue;
        }
        let name = null;
        let end = d + 1;
        if (open === '(' || open === '{') {
            const close = text.indexOf(open === '(' ? ')' : '}', d + 2);
            if (close > 0) {
                name = text.slice(d + 2, close);
                end = close + 1;
            }
        }
        else if (open !== undefined && /\w/.test(open)) {
            name = open;
            end = d + 2;
        }
        if (name === null || name.includes(' ') || name.includes(':')) {
            out += text.slice(d, end > d + 1 ? end : d + 1);
            i = end > d + 1 ? end : d + 1;
            continue;
        }
        if (name === 'MAKE')
            out += 'make';
        else if (vars.has(name))
            out += expandMake(vars.get(name), vars, depth + 1);
        else
            out += text.slice(d, end);
        i = end;
    }
    return out.length > MAX_EXPANDED ? out.slice(0, MAX_EXPANDED) : out;
}

;// CONCATENATED MODULE: ./src/facts/workflows/test-runs.ts
// Does a CI command run tests? A command is followed to what it runs: `make <target>` through the
// Makefile's recipes and prerequisites, `npm|pnpm|yarn|bun run <script>` through package.json,
// `tox -e` / `nox -s` by their environment names, maven and gradle by their goals, a bare `rake` by
// the Rakefile's default task; then the test
// runners are recognised (go test, pytest, vitest, cargo test, ctest, bats, chart-testing, ...).
// A target or script that can be read and runs no tests is not a test run (`make lint`, a `test`
// script that only runs eslint); one that cannot be read counts by its name, as before. Every
// step is bounded: files read through the caller (once each), recursion through targets and
// scripts by depth and by a budget of visits.

/** Test runners recognised in a command (after the command has been followed to what it runs). */
const RUNNERS = [
    { tool: 'js test runner', re: /\b(?:vitest|jest|mocha|ava|tap|tape|uvu|jasmine|qunit|karma\s+start|playwright\s+test|cypress\s+run|wdio|web-test-runner|wtr|react-scripts\s+test|ng\s+test|vue-cli-service\s+test\S*)\b/ },
    { tool: 'node --test', re: /\b(?:node|tsx)\s+(?:--\S+\s+)*--test\b/ },
    { tool: 'bun/deno test', re: /\b(?:bun|deno)\s+test\b/ },
    { tool: 'go test', re: /\bgo\s+test\b|\bgotestsum\b|\bginkgo\b/ },
    { tool: 'cargo test', re: /\b(?:cargo|cross)\s+(?:\+\S+\s+)?(?:test|nextest)\b/ },
    { tool: 'pytest', re: /\bpytest\b|\bpython[\d.]*\s+-m\s+(?:pytest|unittest)\b|\bnose2?\b/ },
    { tool: 'hatch test', re: /\bhatch\s+(?:test|run\s+(?:\S+:)?test)\b/ },
    { tool: 'ctest', re: /\bctest\b|\bmeson\s+test\b|\bninja\b[^\n#]*\stest\b/ },
    { tool: 'dotnet test', re: /\bdotnet\s+test\b/ },
    { tool: 'ruby tests', re: /\b(?:rspec|rake\s+(?:test|spec))\b/ },
    { tool: 'php tests', re: /\bphpunit\b|\bcomposer\s+(?:run(?:-script)?\s+)?test\b|\bpest\b/ },
    { tool: 'swift/dart/flutter/mix test', re: /\b(?:swift|dart|flutter|mix|stack|cabal|sbt|lein|zig\s+build|bazel|bazelisk)\s+test\b/ },
    { tool: 'R CMD check', re: /\bR\s+CMD\s+check\b|\bdevtools::test\b|\btestthat\b/ },
    // bats as a command (bats, ./test/bats/bin/bats), not bats-core in a path or a package name.
    { tool: 'bats', re: /(?:^|[\s/])bats(?=\s|$)/ },
    { tool: 'chart-testing', re: /\bct\s+(?:lint|install|lint-and-install)\b|\bhelm\s+(?:unittest|test)\b/ },
];
/** Commands that install or fetch software: the tools they name are not run. */
const INSTALL_COMMAND = /^(?:sudo\s+)?(?:(?:python[\d.]*\s+-m\s+)?pip[\d.]*\s+install|uv\s+(?:pip\s+install|add|tool\s+install)|pipx\s+install|poetry\s+add|(?:conda|mamba|micromamba)\s+install|(?:npm|pnpm|yarn|bun)\s+(?:install|i|ci|add)|go\s+(?:install|get)|cargo\s+(?:install|binstall)|gem\s+install|brew\s+install|(?:apt|apt-get|dnf|yum|apk|zypper|choco|scoop|winget)\s+(?:-\S+\s+)*(?:install|add)|curl|wget)(?:\s|$)/;
/** `bash path/to/install.sh`: an installer script run by a shell. */
function runsInstaller(words) {
    const script = words[1] ?? '';
    return (words[0] === 'bash' || words[0] === 'sh') && script.endsWith('.sh') && script.slice(script.lastIndexOf('/') + 1).includes('install');
}
/** Make targets that count by their name when the Makefile cannot be read. */
const MAKE_TEST_NAME = /^(?:test|tests|check|unit-test|test-unit|unittest)$/;
/** Package scripts that count by their name when package.json cannot be read. */
const SCRIPT_TEST_NAME = /^(?:test|tests|t)(?::[\w:-]+)?$/;
/** tox / nox environments that are not tests. */
const NOT_TEST_ENV = /^(?:lint|linters?|flake8|pylint|ruff|mypy|typing|types|type|pyright|docs?|format|fmt|black|isort|pre-commit|precommit|build|release|publish|dist|clean|bandit|safety|audit|spell\w*|check-manifest|package|vendoring)$/;
/** Words of a compound environment name that say it is not tests ("prepare-release", "build_docs"), unless another word says it is ("docs-test"). */
const NOT_TEST_WORD = /^(?:release|publish|vendor\w*|docs?|lint\w*|format|fmt|typing|mypy|build|upload|changelog|news|bump|prepare|clean|sdist|wheel|lock|deps)$/;
const TEST_WORD = /^(?:tests?|testing|unit|integration|e2e|functional|py\d*|pypy\d*|cov\w*)$/;
/** Whether a tox or nox environment name says it runs no tests. */
function notTestEnv(name) {
    if (NOT_TEST_ENV.test(name))
        return true;
    const words = name.toLowerCase().split(/[-_.:]+/);
    return words.length > 1 && !words.some((w) => TEST_WORD.test(w)) && words.some((w) => NOT_TEST_WORD.test(w));
}
/** Commands followed per line (recursion through targets and scripts), and depth. */
const MAX_VISITS = 200;
const test_runs_MAX_DEPTH = 8;
/** Characters of a command examined. */
const MAX_COMMAND = 2_000;
/** A script line cut into simple commands at `&&`, `||`, `;` and `|` (quotes are not parsed). */
function splitCommands(line) {
    const out = [];
    const s = line.length > MAX_COMMAND ? line.slice(0, MAX_COMMAND) : line;
    const push = (cmd) => {
        const t = cmd.trim();
        if (t !== '')
            out.push(t);
    };
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === ';' || c === '|' || (c === '&' && s[i + 1] === '&')) {
            push(s.slice(start, i));
            if ((c === '&' || c === '|') && s[i + 1] === c)
                i++;
            start = i + 1;
        }
    }
    push(s.slice(start));
    return out;
}
/** Words of a simple command, quotes removed; leading `VAR=x`, sudo, time, env and the like dropped. */
function commandWords(cmd) {
    const words = cmd
        .split(/\s+/)
        .map(unwrap)
        .filter((w) => w !== '');
    let i = 0;
    while (i < words.length) {
        const w = words[i];
        if (/^[A-Za-z_]\w*=/.test(w) || w === 'sudo' || w === 'time' || w === 'env' || w === 'exec' || w === 'xvfb-run' || w === 'command' || w === '-E')
            i++;
        else if (w === 'timeout' && i + 1 < words.length)
            i += 2;
        else
            break;
    }
    return words.slice(i);
}
/** Tools that run another command: `pipx run tox`, `uv run nox`, `python -m tox`, `npx make`, `bundle exec rake`. */
const WRAPPERS = { pipx: ['run'], uv: ['run'], poetry: ['run'], pdm: ['run'], pipenv: ['run'], hatch: ['run'], bundle: ['exec'], uvx: [], npx: [] };
/**
 * Tools that run the command written after their own options, whose values a word list cannot tell
 * from that command: coverage and environment wrappers (`nyc --reporter text npm test`,
 * `c8 npm run test:unit`, `cross-env CI=1 yarn test`). The command starts at the first word that
 * is a command this file follows.
 */
const PREFIX_TOOLS = new Set(['nyc', 'c8', 'cross-env', 'cross-env-shell', 'dotenv', 'env-cmd']);
const FOLLOWED = new Set(['npm', 'pnpm', 'yarn', 'bun', 'npx', 'make', 'gmake', 'tox', 'nox', 'mvn', 'mvnw', 'gradle', 'gradlew']);
/** The command a wrapper runs, without the wrapper (and its options); the words themselves otherwise. */
/**
 * Options of those tools that take a value in the next word (`uv run --group dev tox run`), so the
 * value is not taken for the command. An option written `--group=dev` is one word.
 */
const RUNNER_VALUE_OPTIONS = new Set(['--group', '--only-group', '--no-group', '--extra', '--no-extra', '--with', '-w', '--with-editable', '--with-requirements', '--python', '-p', '--package', '--directory', '-C', '--project', '-P', '--env-file', '--index', '--index-url', '--default-index', '--extra-index-url', '--config-file', '--cache-dir', '--spec', '--pip-args', '--gemfile', '-c', '--call']);
function unwrapRunner(words) {
    let w = words;
    for (let guard = 0; guard < 4 && w.length > 1; guard++) {
        const head = w[0].slice(w[0].lastIndexOf('/') + 1);
        let i;
        if (/^python[\d.]*$/.test(head) && w[1] === '-m')
            i = 2;
        else if (head in WRAPPERS && (WRAPPERS[head].length === 0 || WRAPPERS[head].includes(w[1])))
            i = WRAPPERS[head].length === 0 ? 1 : 2;
        else
            break;
        while (i < w.length && w[i].startsWith('-'))
            i += RUNNER_VALUE_OPTIONS.has(w[i]) ? 2 : 1;
        if (i >= w.length)
            break;
        w = w.slice(i);
    }
    return w;
}
/** A word without the quotes and parentheses around it. */
function unwrap(w) {
    let a = 0;
    let b = w.length;
    while (a < b && (w[a] === '"' || w[a] === "'" || w[a] === '('))
        a++;
    while (b > a && (w[b - 1] === '"' || w[b - 1] === "'" || w[b - 1] === ')'))
        b--;
    return w.slice(a, b);
}
/** `rel` inside `dir`, as a repository path; null when it leaves the repository or names a variable. */
function normalise(dir, rel) {
    if (rel.includes('$') || rel.startsWith('/') || rel.startsWith('~'))
        return null;
    const parts = dir === '' ? [] : dir.split('/');
    for (const p of rel.split('/')) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else
            parts.push(p);
    }
    return parts.join('/');
}
const join = (dir, name) => (dir === '' ? name : `${dir}/${name}`);
/**
 * Resolves the test runs in a line of a CI script run in folder `cwd` ('' for the repository
 * root); `cwd` follows `cd dir` within the line. The first test run found wins; otherwise a
 * command resolved to no tests is reported as such, else null.
 */
class TestRunResolver {
    state;
    constructor(ctx) {
        this.state = { ctx, visits: 0, makefiles: new Map(), packages: new Map() };
    }
    /** The verdict for a line of a run: step in `cwd`; the new working folder after it (a `cd`). */
    line(line, cwd) {
        this.state.visits = 0;
        let dir = cwd;
        let verdict = null;
        for (const cmd of splitCommands(line)) {
            const words = commandWords(cmd);
            if (words[0] === 'cd') {
                dir = dir === null || words[1] === undefined ? null : normalise(dir, words[1]);
                continue;
            }
            const v = this.command(cmd, words, dir, 0);
            if (v?.kind === 'tests')
                return { verdict: v, cwd: dir };
            if (v && verdict === null)
                verdict = v;
        }
        return { verdict, cwd: dir };
    }
    command(cmd, allWords, cwd, depth) {
        if (depth > test_runs_MAX_DEPTH || ++this.state.visits > MAX_VISITS)
            return null;
        const words = unwrapRunner(allWords);
        const head = words[0] ?? '';
        const base = head.slice(head.lastIndexOf('/') + 1);
        if (PREFIX_TOOLS.has(base)) {
            const at = words.findIndex((w, i) => i > 0 && FOLLOWED.has(w.slice(w.lastIndexOf('/') + 1)));
            if (at > 0)
                return this.command(words.slice(at).join(' '), words.slice(at), cwd, depth + 1);
        }
        if (base === 'make' || base === 'gmake')
            return this.make(words.slice(1), cwd, depth);
        if (base === 'npm' || base === 'pnpm' || base === 'yarn' || base === 'bun')
            return this.packageManager(base, words.slice(1), cmd, cwd, depth);
        if (base === 'tox' || base === 'nox')
            return envRunner(base, words.slice(1));
        if (base === 'mvn' || base === 'mvnw' || base === 'maven')
            return maven(words.slice(1));
        if (base === 'gradle' || base === 'gradlew')
            return gradle(words.slice(1));
        if (base === 'rake' && words.slice(1).every((w) => w.startsWith('-')))
            return this.rakeDefault(cwd);
        // A test tool named by an install or a download is installed, not run (`pip install pytest`, gatekeeper's bats-core install.sh).
        if (INSTALL_COMMAND.test(words.join(' ')) || runsInstaller(words))
            return null;
        for (const r of RUNNERS)
            if (r.re.test(cmd))
                return { kind: 'tests', tool: r.tool };
        return null;
    }
    // ---- rake ----
    /** `rake` with no task runs the Rakefile's default task: sinatra's CI runs `bundle exec rake`, and its Rakefile says `task default: :test`. */
    rakeDefault(cwd) {
        if (cwd === null)
            return null;
        for (const name of ['Rakefile', 'rakefile', 'Rakefile.rb']) {
            const path = normalise(cwd, name);
            const text = path === null ? null : this.state.ctx.read(path);
            if (path === null || text === null)
                continue;
            const task = defaultTask(text);
            if (task === null)
                return null;
            const test = task.names.find((n) => RAKE_TEST_TASK.test(n));
            return test !== undefined
                ? { kind: 'tests', tool: `rake \u2192 default task ${test} (${path}:${task.line})` }
                : { kind: 'no-tests', why: `${path}:${task.line} default task runs ${task.names.join(', ').slice(0, 80) || 'nothing'}` };
        }
        return null;
    }
    // ---- make ----
    makefile(dir, file) {
        const key = `${dir}\0${file ?? ''}`;
        if (this.state.makefiles.has(key))
            return this.state.makefiles.get(key) ?? null;
        let found = null;
        for (const name of file !== null ? [file] : ['GNUmakefile', 'makefile', 'Makefile']) {
            const path = normalise(dir, name);
            if (path === null)
                continue;
            const text = this.state.ctx.read(path);
            if (text !== null) {
                found = { file: path, mk: parseMakefile(text) };
                break;
            }
        }
        this.state.makefiles.set(key, found);
        return found;
    }
    make(args, cwd, depth) {
        let dir = cwd;
        let file = null;
        const targets = [];
        for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (a === '-C' || a === '--directory')
                dir = dir === null || args[i + 1] === undefined ? null : normalise(dir, args[++i]);
            else if (a.startsWith('-C') && a.length > 2)
                dir = dir === null ? null : normalise(dir, a.slice(2));
            else if (a.startsWith('--directory='))
                dir = dir === null ? null : normalise(dir, a.slice(12));
            else if (a === '-f' || a === '--file' || a === '--makefile')
                file = args[++i] ?? null;
            else if (a === '-j' || a === '-l' || a === '-o' || a === '-W')
                i++;
            else if (a.startsWith('-') || a.includes('='))
                continue;
            else
                targets.push(a);
        }
        const byName = (t) => (MAKE_TEST_NAME.test(t) ? { kind: 'tests', tool: `make ${t}` } : null);
        const mk = dir === null ? null : this.makefile(dir, file);
        if (!mk) {
            for (const t of targets) {
                const v = byName(t);
                if (v)
                    return v;
            }
            return null;
        }
        const goals = targets.length > 0 ? targets : mk.mk.first ? [mk.mk.first] : [];
        let none = null;
        for (const t of goals) {
            const v = this.target(mk, t, dir ?? '', depth + 1, new Set());
            if (v === 'unknown') {
                const n = byName(t);
                if (n)
                    return n;
                continue;
            }
            if (v.kind === 'tests')
                return { kind: 'tests', tool: `make ${t} \u2192 ${v.tool}` };
            none ??= { kind: 'no-tests', why: `make ${t}: ${v.why}` };
        }
        return none;
    }
    /** What a target runs, through its prerequisites and recipe; 'unknown' when the Makefile does not define it. */
    target(mk, name, dir, depth, seen) {
        const rule = mk.mk.rules.get(name);
        if (!rule)
            return 'unknown';
        if (seen.has(name) || depth > test_runs_MAX_DEPTH)
            return { kind: 'no-tests', why: 'a cycle' };
        seen.add(name);
        for (const p of rule.prereqs) {
            if (++this.state.visits > MAX_VISITS)
                break;
            const v = this.target(mk, p, dir, depth + 1, seen);
            if (v !== 'unknown' && v.kind === 'tests')
                return v;
        }
        for (const r of rule.recipe) {
            const text = expandMake(r.text, mk.mk.vars);
            const at = `${mk.file}:${r.line}`;
            for (const cmd of splitCommands(text)) {
                const words = commandWords(cmd);
                const v = this.command(cmd, words, dir, depth + 1);
                if (v?.kind === 'tests')
                    return { kind: 'tests', tool: v.tool.includes('(') ? v.tool : `${v.tool} (${at})` };
            }
        }
        return { kind: 'no-tests', why: `the recipe in ${mk.file}:${rule.line} runs no tests` };
    }
    // ---- npm, pnpm, yarn, bun ----
    scripts(dir) {
        if (this.state.packages.has(dir))
            return this.state.packages.get(dir) ?? null;
        let scripts = null;
        const text = this.state.ctx.read(join(dir, 'package.json'));
        if (text !== null) {
            try {
                const pkg = JSON.parse(text);
                const s = pkg && typeof pkg === 'object' ? pkg.scripts : undefined;
                scripts = {};
                if (s && typeof s === 'object' && !Array.isArray(s)) {
                    for (const [k, v] of Object.entries(s))
                        if (typeof v === 'string')
                            scripts[k] = v;
                }
            }
            catch {
                scripts = null;
            }
        }
        this.state.packages.set(dir, scripts);
        return scripts;
    }
    packageManager(pm, args, cmd, cwd, depth) {
        let dir = cwd;
        let delegated = false; // workspaces, recursive runs, filters: the scripts are in other package.json files
        const rest = [];
        for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (a === '--prefix' || a === '-C' || a === '--dir' || a === '--cwd')
                dir = dir === null || args[i + 1] === undefined ? null : normalise(dir, args[++i]);
            else if (a.startsWith('--prefix=') || a.startsWith('--dir=') || a.startsWith('--cwd='))
                dir = dir === null ? null : normalise(dir, a.slice(a.indexOf('=') + 1));
            else if (a === '-w' || a === '--workspace' || a === '--filter' || a === '-F') {
                delegated = true;
                i++;
            }
            else if (a === '-r' || a === '--recursive' || a === '--workspaces' || a.startsWith('--workspace=') || a.startsWith('--filter=') || a === 'workspaces' || a === 'foreach')
                delegated = true;
            else if (a === '--')
                break;
            else if (a.startsWith('-') && rest.length === 0)
                continue;
            else
                rest.push(a);
        }
        const sub = rest[0];
        let script = null;
        if (sub === undefined)
            return null;
        if (sub === 'test' || sub === 't' || sub === 'tst') {
            if (pm === 'bun')
                return { kind: 'tests', tool: 'bun test' };
            script = 'test';
        }
        else if (sub === 'it' || sub === 'cit' || sub === 'install-test' || sub === 'install-ci-test')
            script = 'test';
        else if (sub === 'run' || sub === 'run-script')
            script = rest[1] ?? null;
        else if (sub === 'exec' || sub === 'dlx' || sub === 'x' || pm === 'bun') {
            for (const r of RUNNERS)
                if (r.re.test(cmd))
                    return { kind: 'tests', tool: r.tool };
            return null;
        }
        else if (pm !== 'npm')
            script = sub; // pnpm and yarn run a script by its name
        if (script === null)
            return null;
        const label = `${pm} ${sub === 'run' || sub === 'run-script' ? 'run ' : ''}${script}`;
        const byName = () => (SCRIPT_TEST_NAME.test(script) ? { kind: 'tests', tool: 'npm/pnpm/yarn/bun test' } : null);
        if (delegated || dir === null)
            return byName();
        const scripts = this.scripts(dir);
        const body = scripts?.[script];
        if (body === undefined) {
            // pnpm and yarn also run a binary by its name when no script has it: `yarn jest`.
            if (pm !== 'npm' && scripts !== null)
                for (const r of RUNNERS)
                    if (r.re.test(cmd))
                        return { kind: 'tests', tool: r.tool };
            return byName();
        }
        const where = `${join(dir, 'package.json')} script "${script}"`;
        for (const part of [scripts?.[`pre${script}`], body, scripts?.[`post${script}`]]) {
            if (part === undefined)
                continue;
            for (const c of splitCommands(part)) {
                const words = commandWords(c);
                // npm-run-all / run-s / run-p run other scripts by name.
                const runAll = words[0] === 'npm-run-all' || words[0] === 'run-s' || words[0] === 'run-p';
                const v = runAll ? this.runAll(pm, words.slice(1), dir, depth) : this.command(c, words, dir, depth + 1);
                if (v?.kind === 'tests')
                    return { kind: 'tests', tool: `${label} \u2192 ${v.tool.includes(' \u2192 ') ? v.tool : `${v.tool} (${where})`}` };
            }
        }
        return { kind: 'no-tests', why: `${where} runs no tests: ${JSON.stringify(body.length > 80 ? body.slice(0, 77) + '...' : body)}` };
    }
    runAll(pm, names, dir, depth) {
        const scripts = this.scripts(dir) ?? {};
        for (const n of names) {
            if (n.startsWith('-'))
                continue;
            const pattern = n.endsWith('*') ? n.slice(0, -1) : null;
            for (const s of pattern !== null ? Object.keys(scripts).filter((k) => k.startsWith(pattern)) : [n]) {
                const v = this.packageManager(pm, ['run', s], `${pm} run ${s}`, dir, depth + 1);
                if (v?.kind === 'tests')
                    return v;
            }
        }
        return null;
    }
}
/** Rake tasks that run tests: test, spec, and their namespaced forms (test:unit, spec:models). */
const RAKE_TEST_TASK = /^(?:tests?|specs?)(?::[\w:]+)?$/;
/**
 * The tasks a Rakefile's default task runs (`task default: :test`, `task :default => %w[spec
 * rubocop]`, `task default: [:test]`) and its line, or null when no line defines it.
 */
function defaultTask(text) {
    const lines = text.split('\n', 20_000);
    for (let i = 0; i < lines.length; i++) {
        const t = lines[i].trim();
        if (!t.startsWith('task') || t.length > MAX_COMMAND)
            continue;
        const rest = t.slice(4).replace(/^[\s(]+/, '');
        let deps = null;
        if (rest.startsWith('default:'))
            deps = rest.slice('default:'.length);
        else {
            const m = /^(?::default|'default'|"default")\s*=>/.exec(rest);
            if (m)
                deps = rest.slice(m[0].length);
        }
        if (deps === null)
            continue;
        const names = [...deps.replace(/%[wi]/g, ' ').replace(/\bdo\b.*$/, '').matchAll(/[\w:]+/g)].map((m) => m[0].replace(/^:+/, '')).filter((n) => n !== '');
        return { names, line: i + 1 };
    }
    return null;
}
function envRunner(tool, args) {
    const envs = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-e' || a === '-s' || a === '--sessions' || a === '--session' || a === '-m')
            envs.push(...(args[i + 1] ?? '').split(','));
        else if (a.startsWith('-e') && a.length > 2 && tool === 'tox')
            envs.push(...a.slice(2).split(','));
        else if (a.startsWith('--sessions=') || a.startsWith('-e='))
            envs.push(...a.slice(a.indexOf('=') + 1).split(','));
        else if (a === '--')
            break;
    }
    if (args[0] === '--version' || args[0] === '--help' || args[0] === '-l' || args[0] === '--list' || args[0] === '--list-sessions')
        return null;
    const named = envs.map((e) => e.trim()).filter((e) => e !== '');
    if (named.length > 0 && named.every(notTestEnv))
        return { kind: 'no-tests', why: `${tool} runs only ${named.join(', ')}` };
    return { kind: 'tests', tool: 'tox/nox' };
}
function maven(args) {
    const goals = args.filter((a) => !a.startsWith('-'));
    if (!goals.some((g) => /^(?:test|verify|install|deploy|integration-test)$/.test(g) || g.endsWith(':test')))
        return null;
    if (args.some((a) => a === '-DskipTests' || a.startsWith('-DskipTests=true') || a.startsWith('-Dmaven.test.skip=true')))
        return { kind: 'no-tests', why: 'maven with tests skipped' };
    return { kind: 'tests', tool: 'maven' };
}
function gradle(args) {
    const tasks = args.filter((a) => !a.startsWith('-'));
    const excluded = new Set();
    for (let i = 0; i < args.length; i++)
        if ((args[i] === '-x' || args[i] === '--exclude-task') && args[i + 1])
            excluded.add(args[i + 1]);
    const runs = tasks.filter((t) => !excluded.has(t) && /(?:^|:)(?:test|check|build|\w*Test)$/.test(t));
    if (runs.length > 0 && !excluded.has('test'))
        return { kind: 'tests', tool: 'gradle' };
    return runs.length > 0 || excluded.has('test') ? { kind: 'no-tests', why: 'gradle with the test task excluded' } : null;
}

;// CONCATENATED MODULE: ./src/facts/workflows/detectors.ts








const withIs = (key, re) => (s) => re.test(s.with[key]?.value ?? '');
/**
 * `command`, then `after` somewhere in the rest of that line before a comment: `make ... test`,
 * `gpg ... --sign`. As one expression (/\bmake\b[^\n#]*\stest/) it rescans the rest of the line
 * from every occurrence of the command word, quadratic on a long line of them; the first
 * occurrence already sees all the rest, so the line is read once.
 */
function thenOnLine(command, after) {
    return {
        test(line) {
            const m = command.exec(line);
            return m !== null && after.test((0,facts_text/* cutAt */.og)(line.slice(m.index + m[0].length), '#\n'));
        },
    };
}
/** Any of the tests. */
function anyOf(...tests) {
    return { test: (line) => tests.some((t) => t.test(line)) };
}
/**
 * Test runs are recognised by following each command (test-runs.ts): make targets through the
 * Makefile, package scripts through package.json, then the runner. These are the steps that are
 * test runs by the action they use.
 */
const TEST_RULES = [
    { tool: 'julia tests', uses: /^julia-actions\/julia-runtest$/ },
    { tool: 'cypress', uses: /^cypress-io\/github-action$/ },
    { tool: 'chart-testing', uses: /^helm\/chart-testing-action$/ },
];
const SAST_RULES = [
    { tool: 'codeql', uses: /^github\/codeql-action\/analyze$/ },
    { tool: 'codeql', run: /\bcodeql\s+database\s+analyze\b/ },
    { tool: 'semgrep', uses: /^(?:semgrep|returntocorp)\/semgrep-action$|^docker:\/\/(?:semgrep|returntocorp)\/semgrep$/ },
    { tool: 'semgrep', run: /\bsemgrep\b(?:\s+(?:ci|scan|--config))?/ },
    { tool: 'gosec', uses: /^securego\/gosec$/, run: /\bgosec\b/ },
    { tool: 'bandit', uses: /bandit/, run: /\bbandit\s/ },
    { tool: 'zizmor', uses: /^zizmorcore\/zizmor-action$|^woodruffw\/zizmor/, run: /\bzizmor\b/ },
    { tool: 'sonarqube', uses: /^sonarsource\/(?:sonarcloud-github-action|sonarqube-scan-action)$/ },
    { tool: 'snyk code', uses: /^snyk\/actions(?:\/.*)?$/, when: withIs('command', /\bcode\s+test\b/) },
    { tool: 'snyk code', run: /\bsnyk\s+code\s+test\b/ },
    { tool: 'brakeman', run: /\bbrakeman\b/ },
    { tool: 'njsscan', uses: /njsscan/, run: /\bnjsscan\b/ },
    { tool: 'flawfinder', uses: /flawfinder/, run: /\bflawfinder\b/ },
    { tool: 'bearer', uses: /^bearer\/bearer-action$/, run: /\bbearer\s+scan\b/ },
    { tool: 'checkov', uses: /^bridgecrewio\/checkov-action$/, run: /\bcheckov\b/ },
    { tool: 'tfsec', uses: /^aquasecurity\/tfsec-(?:action|sarif-action)$/, run: /\btfsec\b/ },
    { tool: 'horusec', run: /\bhorusec\s+start\b/ },
    { tool: 'kics', uses: /^checkmarx\/kics-github-action$/ },
];
const DEPENDENCY_RULES = [
    { tool: 'dependency-review', uses: /^actions\/dependency-review-action$/ },
    { tool: 'osv-scanner', uses: /^google\/osv-scanner-action(?:\/.*)?$/, run: /\bosv-scanner\b/ },
    { tool: 'trivy', uses: /^aquasecurity\/trivy-action$/, run: /\btrivy\s+(?:fs|filesystem|image|repo|repository|sbom|rootfs|config)\b/ },
    { tool: 'grype', uses: /^anchore\/scan-action$/, run: /\bgrype\b/ },
    { tool: 'snyk', uses: /^snyk\/actions(?:\/.*)?$/, when: (s) => !/\bcode\s+test\b/.test(s.with['command']?.value ?? '') },
    { tool: 'snyk', run: /\bsnyk\s+test\b/ },
    { tool: 'npm audit', run: /\b(?:npm|pnpm)\s+audit\b|\byarn\s+(?:npm\s+)?audit\b|\bbun\s+audit\b/ },
    { tool: 'govulncheck', uses: /^golang\/govulncheck-action$/, run: /\bgovulncheck\b/ },
    { tool: 'cargo audit/deny', uses: /^rustsec\/audit-check$|^actions-rust-lang\/audit$|^embarkstudios\/cargo-deny-action$/, run: /\bcargo[\s-](?:audit|deny)\b/ },
    { tool: 'pip-audit', uses: /^pypa\/gh-action-pip-audit$/, run: /\bpip-audit\b|\bsafety\s+(?:check|scan)\b/ },
    { tool: 'bundler-audit', run: /\bbundle(?:r)?[\s-]audit\b/ },
    { tool: 'composer audit', run: /\bcomposer\s+audit\b/ },
    { tool: 'dotnet vulnerable', run: thenOnLine(/\bdotnet\s+list\b/, /--vulnerable\b/) },
    { tool: 'owasp dependency-check', uses: /^dependency-check\/dependency-check_action$/, run: /\bdependency-check(?:\.sh)?\b|dependency-check-maven|dependencyCheckAnalyze/ },
    { tool: 'nancy', uses: /^sonatype-nexus-community\/nancy-github-action$/, run: /\bnancy\s+sleuth\b/ },
    { tool: 'socket', uses: /^socketdev\//, run: /\bsocket\s+(?:ci|scan)\b/ },
];
const SECRET_RULES = [
    { tool: 'gitleaks', uses: /^gitleaks\/gitleaks-action$|^docker:\/\/(?:zricethezav|ghcr\.io\/gitleaks)\/gitleaks$/, run: /\bgitleaks\b/ },
    { tool: 'trufflehog', uses: /^trufflesecurity\/trufflehog(?:\/.*)?$/, run: /\btrufflehog\b/ },
    { tool: 'detect-secrets', uses: /detect-secrets/, run: /\bdetect-secrets(?:-hook)?\b/ },
    { tool: 'ggshield', uses: /^gitguardian\/ggshield(?:-action|\/.*)$/, run: /\bggshield\b/ },
    { tool: 'git-secrets', run: /\bgit[\s-]secrets\s+--scan\b/ },
    { tool: 'noseyparker', run: /\bnoseyparker\b/ },
];
const SIGNING_RULES = [
    // Installing cosign (sigstore/cosign-installer) is not signing: it is as often used to verify.
    { tool: 'cosign', run: /\bcosign\s+(?:sign|sign-blob|attest|attest-blob)\b/ },
    { tool: 'sigstore', uses: /^sigstore\/gh-action-sigstore-python$/, run: /\bsigstore\s+sign\b|\bpython[\d.]*\s+-m\s+sigstore\s+sign\b/ },
    { tool: 'attest-build-provenance', uses: /^actions\/attest-build-provenance$|^actions\/attest$/ },
    { tool: 'slsa-github-generator', uses: /^slsa-framework\/slsa-github-generator(?:\/.*)?$/ },
    { tool: 'gpg', uses: /^crazy-max\/ghaction-import-gpg$/ },
    { tool: 'gpg', run: anyOf(thenOnLine(/\bgpg2?\b/, /\s(?:--detach-sign|--clearsign|--sign|-(?=[a-z]*[bs])[a-z]+)\b/), /gpg:sign\b|\bsignArchives\b/) },
    { tool: 'minisign/signify', run: /\bminisign\s+-S\b|\bsignify\s+-S\b/ },
    { tool: 'goreleaser signs', uses: /^goreleaser\/goreleaser-action$/, when: (_s, ctx) => ctx.goreleaser.signs },
    { tool: 'goreleaser signs', run: /\bgoreleaser\s+release\b/, when: (_s, ctx) => ctx.goreleaser.signs },
];
const SBOM_RULES = [
    { tool: 'syft', uses: /^anchore\/sbom-action(?:\/.*)?$/, run: /\bsyft\b/ },
    { tool: 'attest-sbom', uses: /^actions\/attest-sbom$/ },
    { tool: 'cyclonedx', uses: /^cyclonedx\//, run: /\bcyclonedx[\w-]*\b|\bcdxgen\b/ },
    { tool: 'spdx', run: /\bspdx-sbom-generator\b|\bspdx-tools?\b/ },
    { tool: 'trivy sbom', uses: /^aquasecurity\/trivy-action$/, when: withIs('format', /cyclonedx|spdx/i) },
    { tool: 'trivy sbom', run: thenOnLine(/\btrivy\b/, /--format\s+(?:cyclonedx|spdx)/) },
    { tool: 'sbom-tool', uses: /sbom-tool|^advanced-security\/sbom-generator-action$/, run: /\bsbom-tool\s+generate\b/ },
    { tool: 'bom', run: /\bbom\s+generate\b|\bnpm\s+sbom\b/ },
    { tool: 'docker buildx sbom', uses: /^docker\/build-push-action$/, when: withIs('sbom', /^\s*true\s*$/) },
    { tool: 'goreleaser sboms', uses: /^goreleaser\/goreleaser-action$/, when: (_s, ctx) => ctx.goreleaser.sboms },
    { tool: 'goreleaser sboms', run: /\bgoreleaser\s+release\b/, when: (_s, ctx) => ctx.goreleaser.sboms },
];
/** Whether the step's job may ask for an OIDC token: `id-token: write` on the job, or on the workflow when the job declares none. */
function idTokenWrite(ctx) {
    const perms = ctx.job?.permissions.kind === 'absent' ? ctx.workflow?.permissions : ctx.job?.permissions;
    return perms?.kind === 'map' && perms.scopes['id-token'] === 'write';
}
const NPM_TOKEN = /\b(?:NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN)\b|_authToken/;
/** Whether an npm token reaches the step: in its environment, its job's or its workflow's, or its script. */
function npmToken(step, ctx) {
    const envs = [step.env, ctx.job?.env ?? {}, ctx.workflow?.env ?? {}];
    return envs.some((e) => Object.keys(e).some((k) => NPM_TOKEN.test(k))) || NPM_TOKEN.test(step.run?.text ?? '');
}
const PROVENANCE_RULES = [
    // Trusted publishing: a job that may ask for an OIDC token and passes npm no token can publish only
    // through npm's trusted publishing, which attaches provenance unless told not to (nodejs/undici's
    // release job: \`id-token: write\`, \`npm publish --access public\`).
    { tool: 'npm trusted publishing', run: { test: (l) => /\bnpm\s+publish\b/.test(l) && !/--no-provenance\b|--provenance[= ]false\b/.test(l) }, when: (s, ctx) => idTokenWrite(ctx) && !npmToken(s, ctx) },
    { tool: 'attest-build-provenance', uses: /^actions\/attest-build-provenance$|^actions\/attest$/ },
    { tool: 'slsa-github-generator', uses: /^slsa-framework\/slsa-github-generator(?:\/.*)?$/ },
    { tool: 'npm provenance', run: thenOnLine(/\b(?:npm|pnpm|yarn\s+npm)\s+publish\b/, /--provenance\b/) },
    { tool: 'npm provenance', run: /NPM_CONFIG_PROVENANCE\s*[:=]\s*['"]?true/i },
    // Trusted publishing to PyPI attaches attestations unless turned off (gh-action-pypi-publish >= 1.11).
    { tool: 'pypi attestations', uses: /^pypa\/gh-action-pypi-publish$/, when: (s) => !/^\s*false\s*$/i.test(s.with['attestations']?.value ?? '') },
    { tool: 'cosign attest', run: /\bcosign\s+attest(?:-blob)?\b/ },
    { tool: 'docker buildx provenance', uses: /^docker\/build-push-action$/, when: withIs('provenance', /mode=max|^\s*true\s*$/) },
    { tool: 'witness/in-toto', uses: /^testifysec\/witness-run-action$/, run: /\bwitness\s+run\b|\bin-toto-run\b/ },
];
const PUBLISH_RULES = [
    { tool: 'github release', uses: /^softprops\/action-gh-release$|^ncipollo\/release-action$|^actions\/create-release$|^svenstaro\/upload-release-action$/ },
    { tool: 'github release', run: /\bgh\s+release\s+(?:create|upload)\b/ },
    { tool: 'goreleaser', uses: /^goreleaser\/goreleaser-action$/, run: /\bgoreleaser\s+release\b/ },
    { tool: 'pypi', uses: /^pypa\/gh-action-pypi-publish$/, run: /\btwine\s+upload\b|\b(?:poetry|uv|flit|hatch|pdm)\s+publish\b/ },
    { tool: 'npm publish', uses: /^js-devtools\/npm-publish$|^changesets\/action$/, run: /\b(?:npm|pnpm|yarn(?:\s+npm)?|bun)\s+publish\b/ },
    { tool: 'container push', uses: /^docker\/build-push-action$/, when: withIs('push', /^\s*true\s*$/) },
    { tool: 'container push', run: /\b(?:docker|podman)\s+(?:image\s+)?push\b|\bko\s+(?:build|publish|resolve)\b/ },
    { tool: 'cargo publish', run: /\bcargo\s+publish\b/ },
    { tool: 'maven/gradle publish', run: anyOf(thenOnLine(/\bmvnw?\b/, /\sdeploy\b/), thenOnLine(/\bgradlew?\b/, /\spublish\w*\b/)) },
    { tool: 'nuget/gem/helm push', run: /\bdotnet\s+nuget\s+push\b|\bnuget\s+push\b|\bgem\s+push\b|\bhelm\s+push\b/ },
    { tool: 'release-please', uses: /^(?:google-github-actions|googleapis)\/release-please-action$/ },
];
/** Names of this project's own action: a `uses:` whose repository ends with or contains these is a Baseline scanner. */
const SLAM_ACTION_NAMES = ['security-slam-action'];
const SLAM_NAME_FRAGMENT = 'security-slam';
/** Other OSPS Baseline scanners, as `owner/repo` (lower case). */
const OTHER_BASELINE_SCANNERS = ['revanite-io/osps-baseline-action', 'revanite-io/pvtr-publish-results'];
function isBaselineScannerRepo(slug) {
    if (!slug)
        return false;
    const s = slug.toLowerCase();
    const repo = s.slice(s.indexOf('/') + 1);
    return SLAM_ACTION_NAMES.some((n) => repo.endsWith(n)) || s.includes(SLAM_NAME_FRAGMENT) || OTHER_BASELINE_SCANNERS.includes(s);
}
const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
const CHANGE_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push'];
const RELEASE_EVENTS = ['release', 'push', 'workflow_dispatch', 'workflow_call', 'repository_dispatch'];
const notOnlyPr = (ev) => ev.some((e) => !PR_EVENTS.includes(e));
const SPECS = [
    { name: 'tests', rules: TEST_RULES, requires: 'a trigger on pull_request, pull_request_target or merge_group', qualifies: (ev) => ev.some((e) => PR_EVENTS.includes(e)) },
    { name: 'sast', rules: SAST_RULES, requires: 'a trigger on pull_request, pull_request_target, merge_group or push', qualifies: (ev) => ev.some((e) => CHANGE_EVENTS.includes(e)) },
    { name: 'dependencyChecks', rules: DEPENDENCY_RULES, requires: 'a trigger on pull_request, pull_request_target, merge_group or push', qualifies: (ev) => ev.some((e) => CHANGE_EVENTS.includes(e)) },
    { name: 'secretScanning', rules: SECRET_RULES, requires: 'any trigger', qualifies: (ev) => ev.length > 0 },
    { name: 'signing', rules: SIGNING_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
    { name: 'sbom', rules: SBOM_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
    { name: 'provenance', rules: PROVENANCE_RULES, requires: 'a trigger other than pull requests (release, push, dispatch, schedule)', qualifies: notOnlyPr },
    { name: 'releases', rules: PUBLISH_RULES, requires: 'a trigger on release, push (tags or branches), workflow_dispatch, workflow_call or repository_dispatch', qualifies: (ev) => ev.some((e) => RELEASE_EVENTS.includes(e)) },
];
const MAX_COMPOSITE_DEPTH = 4;
function normDir(p) {
    return p
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
function* visitSteps(wf, actionsByDir) {
    for (const job of wf.workflow.jobs) {
        const stack = [
            { file: wf.file, steps: job.steps, depth: 0, seen: new Set() },
        ];
        while (stack.length > 0) {
            const cur = stack.pop();
            for (const step of cur.steps) {
                yield { file: cur.file, workflow: wf.workflow, job, step };
                if (step.uses?.kind === 'local' && !step.uses.isWorkflow && cur.depth < MAX_COMPOSITE_DEPTH) {
                    const dir = normDir(step.uses.path ?? '');
                    const act = actionsByDir.get(dir);
                    if (act && act.action.valid && act.action.using === 'composite' && !cur.seen.has(dir)) {
                        const seen = new Set(cur.seen);
                        seen.add(dir);
                        stack.push({ file: act.file, steps: act.action.steps, depth: cur.depth + 1, seen });
                    }
                }
            }
        }
    }
}
/** First non-comment line of a script file matching `re`, with its 1-based position. */
function matchScript(re, lines) {
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\r$/, '');
        const t = raw.trim();
        if (t === '' || t.startsWith('#') || t.startsWith('//') || t.startsWith('echo '))
            continue;
        if (re.test(t))
            return { text: t.length > 160 ? t.slice(0, 157) + '...' : t, line: i + 1, column: raw.length - raw.trimStart().length + 1 };
    }
    return null;
}
function stepTarget(step) {
    const u = step.uses;
    return u && u.kind !== 'expression' && u.kind !== 'invalid' ? (0,uses/* usesTarget */.OW)(u) : null;
}
/** The lines of each step's script, cut once: the self-scan, every rule and the test runs read them. */
const scriptLinesOfStep = new WeakMap();
/** A step's script lines, trimmed, without blank and comment lines; shared, never to be changed. */
function scriptLines(file, step) {
    if (!step.run)
        return [];
    const cached = scriptLinesOfStep.get(step);
    if (cached)
        return cached;
    const text = file.fullText.get(step.run) ?? step.run.text;
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    scriptLinesOfStep.set(step, lines);
    return lines;
}
function matchRule(rule, ctx, file, step, target, lines) {
    if (rule.when && !rule.when(step, ctx))
        return null;
    if (rule.uses && step.uses && target !== null && rule.uses.test(target)) {
        return { via: 'uses', text: step.uses.raw.trim(), line: step.uses.line, column: step.uses.column };
    }
    if (rule.run && step.run) {
        for (const l of lines) {
            if (!rule.run.test(l))
                continue;
            const found = file.findInSource(step.run, l);
            const at = found?.pos ?? step.run;
            return { via: 'run', text: l.length > 160 ? l.slice(0, 157) + '...' : l, line: at.line, column: at.column };
        }
    }
    return null;
}
/** Reasons a workflow's own triggers make it recurring (push to the default branch, schedule, release). */
function ownRecurringReasons(wf, defaultBranches) {
    const out = [];
    const t = wf.triggers;
    if (t.events.includes('push')) {
        const f = t.filters['push'];
        if (!f)
            out.push(`push to ${defaultBranches[0]}`);
        else if (f.branches !== null) {
            const b = defaultBranches.find((d) => filterIncludes(f.branches ?? [], d));
            if (b)
                out.push(`push to ${b}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
        }
        else if (f.branchesIgnore !== null) {
            const b = defaultBranches.find((d) => !filterIncludes(f.branchesIgnore ?? [], d));
            if (b)
                out.push(`push to ${b}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
        }
        else if (f.tags !== null || f.tagsIgnore !== null) {
            // Only tag filters: branch pushes do not trigger it, tag pushes (releases) do.
            out.push('push of tags (release)');
        }
        else
            out.push(`push to ${defaultBranches[0]}${f.paths || f.pathsIgnore ? ' (paths filtered)' : ''}`);
    }
    if (t.events.includes('schedule'))
        out.push('schedule');
    if (t.events.includes('release'))
        out.push('release');
    return out;
}
/** The folder a run step starts in: its working-directory, else the job's or the workflow's default; null when an expression decides it. */
function startFolder(v) {
    const wd = v.step.workingDirectory ?? (v.file.path === v.workflow.path ? (v.job.workingDirectory ?? v.workflow.workingDirectory) : null);
    if (wd === null || wd.trim() === '' || wd.trim() === '.')
        return '';
    return wd.includes('${{') ? null : normalise('', wd.trim().replace(/^\.\//, ''));
}
/** The idioms by which a script names its own folder or the repository's root, as paths (`cd "$(dirname "$0")/.."`). */
function scriptFolders(line, here) {
    if (!line.includes('$'))
        return line;
    let out = line;
    for (const idiom of ['"$(dirname "$0")"', '"$(dirname -- "$0")"', '$(dirname "$0")', '$(dirname -- "$0")', '$(dirname $0)', '"${0%/*}"', '${0%/*}', '$(cd "$(dirname "$0")" && pwd)'])
        out = out.split(idiom).join(here);
    for (const idiom of ['"$(git rev-parse --show-toplevel)"', '$(git rev-parse --show-toplevel)', '"$GITHUB_WORKSPACE"', '$GITHUB_WORKSPACE', '${GITHUB_WORKSPACE}'])
        out = out.split(idiom).join('.');
    return out;
}
/**
 * A script line with each `${{ env.NAME }}` replaced by the value the step sees when it is written
 * plainly (envEntry: the step's env, else the job's, else the workflow's): `${{ env.CARGO }} test`
 * runs `cargo test`. Anything else stays as written.
 */
function withEnvValues(line, v) {
    if (!line.includes('${{'))
        return line;
    let out = line;
    for (const e of findExpressions(line)) {
        const name = /^env\.([A-Za-z_][\w-]{0,100})$/.exec(e.body)?.[1];
        const value = name === undefined ? undefined : envEntry([v.step.env, v.job.env, v.workflow.env], name)?.value.value;
        if (value !== undefined && !value.includes('${{') && !value.includes('\n'))
            out = out.replace(e.text, value);
    }
    return out;
}
/**
 * The first test run of a step: a line of its script, followed to what it runs (make targets,
 * package scripts, runners), else a line of a repository script the step runs.
 */
function testRun(resolver, v, lines, scripts) {
    let cwd = startFolder(v);
    for (const l of lines) {
        const r = resolver.line(withEnvValues(l, v), cwd);
        cwd = r.cwd;
        if (r.verdict?.kind !== 'tests' || !v.step.run)
            continue;
        const at = v.file.findInSource(v.step.run, l)?.pos ?? v.step.run;
        return { tool: r.verdict.tool, via: 'run', text: l.length > 160 ? l.slice(0, 157) + '...' : l, line: at.line, column: at.column };
    }
    for (const sc of scripts) {
        let scwd = '';
        const here = sc.path.includes('/') ? sc.path.slice(0, sc.path.lastIndexOf('/')) : '.';
        for (let i = 0; i < sc.lines.length; i++) {
            const raw = sc.lines[i].replace(/\r$/, '');
            const t = raw.trim();
            if (t === '' || t.startsWith('#') || t.startsWith('//') || t.startsWith('echo '))
                continue;
            const r = resolver.line(scriptFolders(t, here), scwd);
            scwd = r.cwd;
            if (r.verdict?.kind === 'tests')
                return { tool: r.verdict.tool, via: 'script', path: sc.path, text: t.length > 160 ? t.slice(0, 157) + '...' : t, line: i + 1, column: raw.length - raw.trimStart().length + 1 };
        }
    }
    return null;
}
/** Publishing jobs kept: a real repository has one or two. */
const MAX_HUB_PUBLISHING = 50;
/** Script files followed per analysis, and lines read from each. */
const detectors_MAX_SCRIPTS = 200;
const detectors_MAX_SCRIPT_LINES = 5_000;
/**
 * Repository paths a script line runs: `bash .ci/run`, `sh scripts/test.sh`, `./hack/verify.sh`,
 * `python tools/check.py`. Paths with variables or `..` are ignored.
 */
function invokedScripts(line) {
    const out = [];
    // Words of the line, split where a shell splits commands and words (no regular expression runs
    // over the whole line, which may be long).
    const words = line.split(WORD_SEPARATORS);
    for (let i = 0; i < words.length && out.length < 5; i++) {
        let candidate = words[i];
        if (INTERPRETER.test(candidate)) {
            // `bash -e -x scripts/test.sh`: the options, then the script.
            let j = i + 1;
            while (j < words.length && (words[j] === '' || words[j].startsWith('-')))
                j++;
            if (j >= words.length)
                break;
            candidate = words[j];
            i = j;
        }
        else if (!candidate.startsWith('./'))
            continue;
        if (!SCRIPT_PATH.test(candidate))
            continue;
        const p = candidate.startsWith('./') ? candidate.slice(2) : candidate;
        const segments = p.split('/');
        if (segments.some((seg) => seg === '..' || seg === '' || seg === '.') || /^\.+$/.test(segments[0]))
            continue;
        out.push(p);
    }
    return out;
}
const WORD_SEPARATORS = /[\s;&|()]/;
const INTERPRETER = /^(?:bash|sh|zsh|dash|pwsh|python[\d.]*|node|ruby|perl)$/;
/** `dir/file`, `./dir/file` or `./file`: word characters, dots and dashes between slashes. */
const SCRIPT_PATH = /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)+$|^\.\/[\w.-]+$/;
function runDetectors(workflows, actions, options) {
    const ctx = { goreleaser: options.goreleaser };
    const actionsByDir = new Map();
    for (const a of actions)
        if (!actionsByDir.has(normDir(a.action.dir)))
            actionsByDir.set(normDir(a.action.dir), a);
    const detectors = {};
    for (const spec of SPECS)
        detectors[spec.name] = { found: false, requires: spec.requires, hits: [] };
    const scanners = [];
    const hubPublishing = [];
    const defaultBranches = options.defaultBranch ? [options.defaultBranch] : ['main', 'master'];
    const reasons = propagateRecurring(workflows, defaultBranches);
    // `uses: ./` runs the repository's own root action: a scanner when the repository is this
    // project (by name), or, when the name is unknown, when the root action.yml is named Security Slam.
    const rootAction = actionsByDir.get('');
    const selfIsScanner = options.repository
        ? isBaselineScannerRepo(options.repository)
        : !!rootAction && rootAction.action.valid && /security[\s_-]*slam/i.test(rootAction.action.name ?? '');
    const resolver = new TestRunResolver({
        read: (path) => {
            try {
                return options.readScript?.(path) ?? null;
            }
            catch {
                return null;
            }
        },
    });
    const scriptCache = new Map();
    const scriptLinesOf = (path) => {
        if (scriptCache.has(path))
            return scriptCache.get(path) ?? null;
        if (scriptCache.size >= detectors_MAX_SCRIPTS || !options.readScript)
            return null;
        let text = null;
        try {
            text = options.readScript(path);
        }
        catch {
            text = null;
        }
        const lines = text === null ? null : text.split('\n', detectors_MAX_SCRIPT_LINES);
        scriptCache.set(path, lines);
        return lines;
    };
    for (const wf of workflows) {
        if (!wf.workflow.valid)
            continue;
        const triggers = wf.workflow.effectiveEvents;
        const recurringReasons = reasons.get(wf.workflow.path) ?? [];
        // Folders where a job checked out the reusable workflow's own repository
        // (`repository: ${{ job.workflow_repository }}`): `uses: ./<folder>` then runs that
        // repository's root action, which for a workflow of this repository is its own action.
        const ownActionDirs = new Map();
        const addScanner = (file, job, u) => {
            const local = u.kind === 'local' ? normDir(u.path ?? '') : null;
            const isScanner = isBaselineScannerRepo((0,uses/* repoSlug */.mr)(u)) || (selfIsScanner && local !== null && (local === '' || (ownActionDirs.get(job.id)?.has(local) ?? false)));
            if (!isScanner)
                return;
            scanners.push({ path: file.path, line: u.line, column: u.column, job: job.id, uses: u.raw.trim(), triggers, recurring: recurringReasons.length > 0, recurringReasons });
        };
        for (const job of wf.workflow.jobs)
            if (job.uses)
                addScanner(wf.file, job, job.uses);
        for (const job of wf.workflow.jobs) {
            const hub = (0,hub_publishing/* hubPublishingOf */.ct)(job, { path: wf.workflow.path, repository: options.repository, triggers, recurringReasons });
            if (hub && hubPublishing.length < MAX_HUB_PUBLISHING)
                hubPublishing.push(hub);
        }
        // A Baseline scanner project scanning itself: the job builds the scanner and runs it on the Baseline.
        for (const job of wf.workflow.jobs) {
            const self = selfScanIn(job, (st) => scriptLines(wf.file, st), (p) => scriptLinesOf(p)?.join('\n') ?? null);
            if (!self || !self.step.run)
                continue;
            const at = wf.file.findInSource(self.step.run, self.line)?.pos ?? self.step.run;
            const cmd = self.line.length > 100 ? `${self.line.slice(0, 97)}...` : self.line;
            scanners.push({ path: wf.file.path, line: at.line, column: at.column, job: job.id, uses: `the scanner built from this repository (\`${cmd}\`; ${self.why})`, triggers, recurring: recurringReasons.length > 0, recurringReasons, selfBuilt: true });
        }
        for (const v of visitSteps(wf, actionsByDir)) {
            const own = ownRepositoryCheckout(v.step);
            if (own !== null && v.file === wf.file)
                ownActionDirs.set(v.job.id, (ownActionDirs.get(v.job.id) ?? new Set()).add(own));
            if (v.step.uses)
                addScanner(v.file, v.job, v.step.uses);
            const lines = scriptLines(v.file, v.step);
            const target = stepTarget(v.step);
            const stepCtx = { ...ctx, job: v.job, workflow: v.workflow };
            // Scripts in the repository that the step runs, scanned line by line with the same rules.
            const scripts = [];
            for (const l of lines) {
                for (const p of invokedScripts(l)) {
                    const sl = scriptLinesOf(p);
                    if (sl && !scripts.some((x) => x.path === p))
                        scripts.push({ path: p, lines: sl });
                }
            }
            for (const spec of SPECS) {
                const seenTools = new Set();
                if (spec.name === 'tests') {
                    const m = testRun(resolver, v, lines, scripts);
                    if (m) {
                        const d = detectors.tests;
                        const hit = { path: m.path ?? v.file.path, workflow: wf.workflow.path, job: v.job.id, tool: m.tool, via: m.via, text: m.text, line: m.line, column: m.column, triggers, qualifies: spec.qualifies(triggers) };
                        if (d.hits.length < 1000)
                            d.hits.push(hit);
                        if (hit.qualifies)
                            d.found = true;
                    }
                }
                for (const rule of spec.rules) {
                    if (seenTools.has(rule.tool))
                        continue;
                    let m = matchRule(rule, stepCtx, v.file, v.step, target, lines);
                    if (!m && rule.run && (!rule.when || rule.when(v.step, stepCtx))) {
                        for (const sc of scripts) {
                            const found = matchScript(rule.run, sc.lines);
                            if (found) {
                                m = { via: 'script', path: sc.path, ...found };
                                break;
                            }
                        }
                    }
                    if (!m)
                        continue;
                    seenTools.add(rule.tool);
                    const hit = {
                        path: m.path ?? v.file.path,
                        workflow: wf.workflow.path,
                        job: v.job.id,
                        tool: rule.tool,
                        via: m.via,
                        text: m.text,
                        line: m.line,
                        column: m.column,
                        triggers,
                        qualifies: spec.qualifies(triggers),
                    };
                    const d = detectors[spec.name];
                    if (d.hits.length < 1000)
                        d.hits.push(hit);
                    if (hit.qualifies)
                        d.found = true;
                }
            }
        }
        // Reusable workflows called from a job (`jobs.<id>.uses`) can be tools too (slsa-github-generator, osv-scanner).
        for (const job of wf.workflow.jobs) {
            if (!job.uses || job.uses.kind !== 'reusable-workflow')
                continue;
            const fakeStep = { index: -1, line: job.uses.line, column: job.uses.column, id: null, name: null, if: null, uses: job.uses, run: null, shell: null, with: job.with, env: {}, workingDirectory: null };
            for (const spec of SPECS) {
                for (const rule of spec.rules) {
                    if (!rule.uses)
                        continue;
                    const m = matchRule({ ...rule, run: undefined }, ctx, wf.file, fakeStep, stepTarget(fakeStep), []);
                    if (!m)
                        continue;
                    const hit = { path: wf.file.path, workflow: wf.workflow.path, job: job.id, tool: rule.tool, via: 'uses', text: m.text, line: m.line, column: m.column, triggers, qualifies: spec.qualifies(triggers) };
                    const d = detectors[spec.name];
                    if (d.hits.length < 1000)
                        d.hits.push(hit);
                    if (hit.qualifies)
                        d.found = true;
                    break;
                }
            }
        }
    }
    // A job that calls a local reusable workflow running a scanner runs that scanner too, on its
    // own workflow's triggers (as a call to a remote reusable workflow of a scanner counts).
    const calls = localCalls(workflows);
    for (let round = 0; round < workflows.length; round++) {
        let added = false;
        for (const wf of workflows) {
            if (!wf.workflow.valid || !calls.has(wf.workflow.path))
                continue;
            const recurringReasons = reasons.get(wf.workflow.path) ?? [];
            for (const job of wf.workflow.jobs) {
                const u = job.uses;
                if (u?.kind !== 'local' || !u.isWorkflow || !u.path)
                    continue;
                const callee = normDir(u.path);
                if (callee === wf.workflow.path || !scanners.some((x) => x.path === callee))
                    continue;
                if (scanners.some((x) => x.path === wf.file.path && x.job === job.id && x.line === u.line))
                    continue;
                scanners.push({ path: wf.file.path, line: u.line, column: u.column, job: job.id, uses: u.raw.trim(), triggers: wf.workflow.effectiveEvents, recurring: recurringReasons.length > 0, recurringReasons });
                added = true;
            }
        }
        if (!added)
            break;
    }
    return { detectors, scanners, hubPublishing };
}
/** The folder of an `actions/checkout` step that checks out `${{ job.workflow_repository }}`, else null. */
function ownRepositoryCheckout(step) {
    if (!step.uses || (0,uses/* repoSlug */.mr)(step.uses) !== 'actions/checkout')
        return null;
    const repository = step.with.repository?.value.replace(/\s+/g, '');
    if (repository !== '${{job.workflow_repository}}')
        return null;
    return normDir(step.with.path?.value ?? '');
}
/** Local reusable-workflow calls: caller path -> callee paths. */
function localCalls(workflows) {
    const out = new Map();
    for (const wf of workflows) {
        if (!wf.workflow.valid)
            continue;
        for (const job of wf.workflow.jobs) {
            if (job.uses?.kind === 'local' && job.uses.isWorkflow && job.uses.path) {
                const callee = normDir(job.uses.path);
                const list = out.get(wf.workflow.path) ?? [];
                if (!list.includes(callee))
                    list.push(callee);
                out.set(wf.workflow.path, list);
            }
        }
    }
    return out;
}
/**
 * Sets `effectiveEvents` on every workflow: its own events, plus the events of local workflows
 * that call it through `workflow_call` (transitively). `workflow_call` stays listed only when no
 * local caller was found (it may be called from another repository).
 */
function computeEffectiveEvents(workflows) {
    const calls = localCalls(workflows);
    const byPath = new Map(workflows.map((w) => [w.workflow.path, w.workflow]));
    const eff = new Map();
    for (const w of workflows)
        eff.set(w.workflow.path, new Set(w.workflow.triggers.events));
    const called = new Set();
    // Fixpoint, bounded by the number of workflows (each round adds at least one event or stops).
    for (let round = 0; round <= workflows.length; round++) {
        let changed = false;
        for (const [caller, callees] of calls) {
            const from = eff.get(caller);
            if (!from)
                continue;
            for (const callee of callees) {
                const target = byPath.get(callee);
                if (!target || !target.triggers.events.includes('workflow_call'))
                    continue;
                called.add(callee);
                const to = eff.get(callee);
                for (const e of from) {
                    if (e !== 'workflow_call' && !to.has(e)) {
                        to.add(e);
                        changed = true;
                    }
                }
            }
        }
        if (!changed)
            break;
    }
    for (const w of workflows) {
        const set = eff.get(w.workflow.path);
        const events = [...set];
        w.workflow.effectiveEvents = called.has(w.workflow.path) && events.length > 1 ? events.filter((e) => e !== 'workflow_call') : events;
    }
}
function propagateRecurring(workflows, defaultBranches) {
    const calls = localCalls(workflows);
    const out = new Map();
    for (const w of workflows)
        out.set(w.workflow.path, w.workflow.valid ? ownRecurringReasons(w.workflow, defaultBranches) : []);
    for (let round = 0; round <= workflows.length; round++) {
        let changed = false;
        for (const [caller, callees] of calls) {
            const from = out.get(caller) ?? [];
            for (const callee of callees) {
                const to = out.get(callee);
                if (!to)
                    continue;
                for (const r of from) {
                    const tagged = r.includes('via ') ? r : `${r} via ${caller}`;
                    if (!to.some((x) => x === tagged)) {
                        to.push(tagged);
                        changed = true;
                    }
                }
            }
        }
        if (!changed)
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/facts/workflows/yaml-fast.ts
/** The end of a block collection, unknown to the fast reader. */
const UNKNOWN_END = -1;
/** Thrown inside the reader when the text is not plain workflow YAML. */
class NotPlain extends Error {
}
const NOT_PLAIN = new NotPlain();
/** Characters that make the fast reader give up wherever they are. */
const FORBIDDEN = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;
/** Characters a plain scalar may not start with (an indicator or a reserved character). */
const PLAIN_START_STOP = new Set(['#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
/** Longest implicit key the library accepts (it says 1024). */
const MAX_KEY = 1000;
const yaml_fast_MAX_DEPTH = 200;
const ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
    N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
/** The tree of `text`, or null when it is not plain workflow YAML. */
function readPlainYaml(text) {
    if (FORBIDDEN.test(text))
        return null;
    try {
        return new Reader(text).read();
    }
    catch (e) {
        if (e === NOT_PLAIN)
            return null;
        throw e;
    }
}
function scalar(start, end, source, plain) {
    return { kind: 'scalar', start, end, text: plain && NULLS.has(source) ? '' : source, key: source };
}
class Reader {
    text;
    starts = [0];
    ends = [];
    /** Per line: leading spaces, and -1 for a blank or comment-only line. */
    indents = [];
    line = 0;
    depth = 0;
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            this.ends.push(i);
            this.starts.push(i + 1);
        }
        this.ends.push(text.length);
        for (let l = 0; l < this.starts.length; l++) {
            let p = this.starts[l];
            const end = this.ends[l];
            while (p < end && text.charCodeAt(p) === 32)
                p++;
            this.indents.push(p === end || text.charCodeAt(p) === 35 ? -1 : p - this.starts[l]);
        }
    }
    read() {
        this.skipEmpty();
        if (this.line >= this.starts.length || this.indents[this.line] !== 0)
            throw NOT_PLAIN;
        let first = this.starts[this.line];
        // A first `---` (alone, or with a comment) starts the one document; any other marker or a directive is left to the library.
        if (this.text.startsWith('---', first)) {
            this.restOfLine(first + 3, this.ends[this.line]);
            this.line++;
            this.skipEmpty();
            if (this.line >= this.starts.length || this.indents[this.line] !== 0)
                throw NOT_PLAIN;
            first = this.starts[this.line];
        }
        if (this.text.startsWith('---', first) || this.text.startsWith('...', first) || this.text[first] === '%')
            throw NOT_PLAIN;
        const tree = this.blockMap(this.line, 0);
        this.skipEmpty();
        if (this.line < this.starts.length)
            throw NOT_PLAIN;
        return { tree, lineStarts: this.starts };
    }
    /** Moves past blank and comment-only lines (a tab in them is left to the library). */
    skipEmpty() {
        while (this.line < this.starts.length && this.indents[this.line] < 0) {
            if (this.text.slice(this.starts[this.line], this.ends[this.line]).includes('\t'))
                throw NOT_PLAIN;
            this.line++;
        }
    }
    /** The first line at or after `from` that is neither blank nor a comment, or the line count. */
    nextContent(from) {
        let l = from;
        while (l < this.starts.length && this.indents[l] < 0)
            l++;
        return l;
    }
    enter() {
        if (++this.depth > yaml_fast_MAX_DEPTH)
            throw NOT_PLAIN;
    }
    /** A block mapping whose first key is at `col` of line `l` (a compact mapping in a sequence item starts mid-line). */
    blockMap(l, col) {
        this.enter();
        const items = [];
        const map = { kind: 'map', start: this.starts[l] + col, end: UNKNOWN_END, items };
        this.line = l;
        let at = this.starts[l] + col;
        for (;;) {
            items.push(this.entry(at, col));
            this.skipEmpty();
            if (this.line >= this.starts.length)
                break;
            const indent = this.indents[this.line];
            if (indent < col)
                break;
            if (indent > col)
                throw NOT_PLAIN;
            at = this.starts[this.line] + col;
            if (this.isSeqItem(at))
                throw NOT_PLAIN;
        }
        this.depth--;
        return map;
    }
    /** A block sequence whose dashes are at `col`. */
    blockSeq(l, col) {
        this.enter();
        const items = [];
        const seq = { kind: 'seq', start: this.starts[l] + col, end: UNKNOWN_END, items };
        this.line = l;
        for (;;) {
            const dash = this.starts[this.line] + col;
            if (!this.isSeqItem(dash))
                throw NOT_PLAIN;
            items.push(this.seqItem(dash, col));
            this.skipEmpty();
            if (this.line >= this.starts.length)
                break;
            const indent = this.indents[this.line];
            if (indent < col)
                break;
            if (indent > col)
                throw NOT_PLAIN;
            // A mapping key at the dashes' column ends an indentless sequence (its parent mapping goes on).
            if (!this.isSeqItem(this.starts[this.line] + col))
                break;
        }
        this.depth--;
        return seq;
    }
    isSeqItem(p) {
        const t = this.text;
        return t[p] === '-' && (p + 1 >= t.length || t[p + 1] === ' ' || t[p + 1] === '\n');
    }
    /** One sequence item from its dash at `dash` (column `col`); leaves `line` after it. */
    seqItem(dash, col) {
        const t = this.text;
        const l = this.line;
        const eol = this.ends[l];
        let p = dash + 1;
        while (p < eol && t[p] === ' ')
            p++;
        if (p >= eol || t[p] === '#') {
            if (t[p] === '#' && p === dash + 1)
                throw NOT_PLAIN;
            return this.valueBelow(l, p, col, false);
        }
        const c = t[p];
        if (c === '-' && (p + 1 >= eol || t[p + 1] === ' '))
            throw NOT_PLAIN;
        // `- key: value`: a compact mapping at the key's column.
        if (this.keyEnd(p, eol) >= 0)
            return this.blockMap(l, p - this.starts[l]);
        return this.inlineValue(p, eol, col);
    }
    /** A mapping entry whose key starts at `at` (column `col`); leaves `line` after it. */
    entry(at, col) {
        const t = this.text;
        const l = this.line;
        const eol = this.ends[l];
        const colon = this.keyEnd(at, eol);
        if (colon < 0)
            throw NOT_PLAIN;
        let key;
        if (t[at] === '"' || t[at] === "'") {
            key = this.quoted(at, eol);
            if (key.end !== colon)
                throw NOT_PLAIN;
        }
        else {
            const source = t.slice(at, colon);
            if (source.length > MAX_KEY || source.endsWith(' ') || source.endsWith(':') || this.badPlainStart(at, eol, false))
                throw NOT_PLAIN;
            key = scalar(at, colon, source, true);
        }
        let p = colon + 1;
        while (p < eol && t[p] === ' ')
            p++;
        if (p >= eol || t[p] === '#') {
            if (t[p] === '#' && p === colon + 1)
                throw NOT_PLAIN;
            return { key, value: this.valueBelow(l, p, col, true) };
        }
        const c = t[p];
        if (c === '-' && (p + 1 >= eol || t[p + 1] === ' '))
            throw NOT_PLAIN;
        // `a: b: c` is a mapping in a compact mapping: an error the library reports.
        if (this.keyEnd(p, eol) >= 0)
            throw NOT_PLAIN;
        return { key, value: this.inlineValue(p, eol, col) };
    }
    /**
     * The value of a key or dash with nothing after it on its line (`at` is where the line's spaces
     * end: a comment or the line's end): a block collection on the following lines, or null there.
     */
    valueBelow(l, at, col, inMap) {
        const next = this.nextContent(l + 1);
        for (let i = l + 1; i < next; i++)
            if (this.text.slice(this.starts[i], this.ends[i]).includes('\t'))
                throw NOT_PLAIN;
        if (next < this.starts.length) {
            const indent = this.indents[next];
            const p = this.starts[next] + indent;
            if (indent > col) {
                this.line = next;
                if (this.isSeqItem(p))
                    return this.blockSeq(next, indent);
                if (this.keyEnd(p, this.ends[next]) >= 0)
                    return this.blockMap(next, indent);
                // A one-line value on a line of its own (a block scalar there is left to the library).
                if (this.text[p] === '|' || this.text[p] === '>')
                    throw NOT_PLAIN;
                return this.inlineValue(p, this.ends[next], col);
            }
            // A sequence may sit at its key's own column.
            if (inMap && indent === col && this.isSeqItem(p))
                return this.blockSeq(next, indent);
        }
        this.line = l + 1;
        return scalar(at, at, '', true);
    }
    /** After a one-line value: the next content line must not be more indented (a continuation the library would read). */
    noContinuation(col) {
        const next = this.nextContent(this.line);
        if (next < this.starts.length && this.indents[next] > col)
            throw NOT_PLAIN;
    }
    /**
     * Where the `:` of an implicit key starting at `p` is (followed by a space or the line's end),
     * or -1 when the line holds no key there. A quoted key ends at its closing quote.
     */
    keyEnd(p, eol) {
        const t = this.text;
        if (t[p] === '"' || t[p] === "'") {
            const close = this.quoteEnd(p, eol);
            if (close < 0)
                return -1;
            return t[close + 1] === ':' && (close + 2 >= eol || t[close + 2] === ' ') ? close + 1 : -1;
        }
        if (t[p] === '[' || t[p] === '{' || t[p] === '|' || t[p] === '>' || t[p] === '#')
            return -1;
        for (let i = p; i < eol; i++) {
            const c = t[i];
            if (c === ':' && (i + 1 >= eol || t[i + 1] === ' '))
                return i;
            if (c === '#' && i > p && t[i - 1] === ' ')
                return -1;
            if (c === '\t')
                throw NOT_PLAIN;
        }
        return -1;
    }
    /** True when a plain scalar may not start at `p` (in a flow collection, flow indicators follow too). */
    badPlainStart(p, eol, flow) {
        const t = this.text;
        const c = t[p];
        if (PLAIN_START_STOP.has(c))
            return true;
        if (c === '-' || c === '?' || c === ':') {
            const n = t[p + 1];
            if (p + 1 >= eol || n === ' ' || (flow && (n === ',' || n === '[' || n === ']' || n === '{' || n === '}')))
                return true;
        }
        return false;
    }
    /**
     * A value that starts at `p` on the current line (ending at `eol`), in a collection at column
     * `col`: a scalar or a one-line flow collection, or a block scalar that runs on; leaves `line`
     * after it.
     */
    inlineValue(p, eol, col) {
        if (this.text[p] === '|' || this.text[p] === '>')
            return this.blockScalar(p, eol, col);
        const node = this.oneLineValue(p, eol);
        this.line++;
        this.noContinuation(col);
        return node;
    }
    /** A scalar or flow collection that starts at `p` and ends on its line. */
    oneLineValue(p, eol) {
        const t = this.text;
        const c = t[p];
        let node;
        let end;
        if (c === '"' || c === "'") {
            node = this.quoted(p, eol);
            end = node.end;
        }
        else if (c === '[') {
            node = this.flowSeq(p, eol);
            end = node.end;
        }
        else if (c === '{') {
            node = this.flowMap(p, eol);
            end = node.end;
        }
        else {
            if (this.badPlainStart(p, eol, false))
                throw NOT_PLAIN;
            // A plain scalar runs to a comment (` #`) or the line's end, trailing spaces left out.
            let stop = eol;
            for (let i = p + 1; i < eol; i++) {
                if (t[i] === '#' && t[i - 1] === ' ') {
                    stop = i;
                    break;
                }
                if (t[i] === '\t')
                    throw NOT_PLAIN;
            }
            end = stop;
            while (end > p && t[end - 1] === ' ')
                end--;
            const source = t.slice(p, end);
            if (source.endsWith(':'))
                throw NOT_PLAIN;
            return scalar(p, end, source, true);
        }
        this.restOfLine(end, eol);
        return node;
    }
    /** After a value: only spaces, then a comment after at least one of them, to the line's end. */
    restOfLine(from, eol) {
        const t = this.text;
        let i = from;
        while (i < eol && t[i] === ' ')
            i++;
        if (i < eol && !(t[i] === '#' && i > from))
            throw NOT_PLAIN;
    }
    /** Where the closing quote of a quoted scalar opening at `p` is, on its line; -1 when not there. */
    quoteEnd(p, eol) {
        const t = this.text;
        const q = t[p];
        let end = t.indexOf(q, p + 1);
        if (q === "'") {
            while (end !== -1 && t[end + 1] === "'")
                end = t.indexOf("'", end + 2);
        }
        else {
            while (end !== -1) {
                let n = 0;
                while (t[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = t.indexOf('"', end + 1);
            }
        }
        return end === -1 || end >= eol ? -1 : end;
    }
    /** A one-line quoted scalar at `p`, read as the library reads it (escapes, '' in single quotes). */
    quoted(p, eol) {
        const t = this.text;
        const close = this.quoteEnd(p, eol);
        if (close < 0)
            throw NOT_PLAIN;
        const inner = t.slice(p + 1, close);
        if (inner.includes('\t'))
            throw NOT_PLAIN;
        let value;
        if (t[p] === "'") {
            value = inner.replaceAll("''", "'");
        }
        else {
            value = '';
            for (let i = 0; i < inner.length; i++) {
                const ch = inner[i];
                if (ch !== '\\') {
                    value += ch;
                    continue;
                }
                const next = inner[++i];
                const cc = ESCAPES[next];
                if (cc !== undefined)
                    value += cc;
                else if (next === 'x' || next === 'u' || next === 'U') {
                    const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                    const hex = inner.substr(i + 1, length);
                    if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex))
                        throw NOT_PLAIN;
                    const code = parseInt(hex, 16);
                    if (code > 0x10ffff)
                        throw NOT_PLAIN;
                    value += String.fromCodePoint(code);
                    i += length;
                }
                else
                    throw NOT_PLAIN;
            }
        }
        return { kind: 'scalar', start: p, end: close + 1, text: value, key: value };
    }
    /**
     * A scalar in a one-line flow collection starting at `i`: quoted, or plain up to a flow
     * indicator (trailing spaces left out); `key` when it is a mapping key, which ends at `: `.
     */
    flowScalar(i, eol, key) {
        const t = this.text;
        const c = t[i];
        if (c === '"' || c === "'")
            return this.quoted(i, eol);
        if (this.badPlainStart(i, eol, true))
            throw NOT_PLAIN;
        let end = i;
        let k = i;
        for (; k < eol; k++) {
            const ch = t[k];
            if (ch === ',' || ch === ']' || ch === '[' || ch === '{' || ch === '}')
                break;
            if (ch === ':' && (k + 1 >= eol || ' ,[]{}'.includes(t[k + 1]))) {
                if (key && t[k + 1] === ' ')
                    break;
                throw NOT_PLAIN;
            }
            if (ch === '#' && t[k - 1] === ' ')
                throw NOT_PLAIN;
            if (ch === '\t')
                throw NOT_PLAIN;
            if (ch !== ' ')
                end = k + 1;
        }
        return scalar(i, end, t.slice(i, end), true);
    }
    /** Where the next non-space character is, from `i`. */
    skipSpaces(i, eol) {
        while (i < eol && this.text[i] === ' ')
            i++;
        return i;
    }
    /** A one-line flow sequence of scalars at `p` (`[a, "b"]`, `[]`). */
    flowSeq(p, eol) {
        const t = this.text;
        const items = [];
        let i = this.skipSpaces(p + 1, eol);
        if (t[i] === ']')
            return { kind: 'seq', start: p, end: i + 1, items };
        for (;;) {
            i = this.skipSpaces(i, eol);
            if (i >= eol)
                throw NOT_PLAIN;
            const item = this.flowScalar(i, eol, false);
            items.push(item);
            i = this.skipSpaces(item.end, eol);
            if (t[i] === ',') {
                i = this.skipSpaces(i + 1, eol);
                // A trailing comma, or two in a row, is left to the library.
                if (t[i] === ']' || t[i] === ',')
                    throw NOT_PLAIN;
                continue;
            }
            if (t[i] === ']')
                return { kind: 'seq', start: p, end: i + 1, items };
            throw NOT_PLAIN;
        }
    }
    /** A one-line flow mapping at `p` of scalar keys and scalar or flow-sequence values (`{a: b, c: [d]}`, `{}`). */
    flowMap(p, eol) {
        const t = this.text;
        const items = [];
        let i = this.skipSpaces(p + 1, eol);
        if (t[i] === '}')
            return { kind: 'map', start: p, end: i + 1, items };
        for (;;) {
            i = this.skipSpaces(i, eol);
            if (i >= eol)
                throw NOT_PLAIN;
            const key = this.flowScalar(i, eol, true);
            if (t[key.end] !== ':' || t[key.end + 1] !== ' ')
                throw NOT_PLAIN;
            i = this.skipSpaces(key.end + 2, eol);
            let value;
            if (t[i] === ',' || t[i] === '}')
                value = scalar(i, i, '', true);
            else if (t[i] === '[')
                value = this.flowSeq(i, eol);
            else
                value = this.flowScalar(i, eol, false);
            items.push({ key, value });
            i = this.skipSpaces(value.end, eol);
            if (t[i] === ',') {
                i = this.skipSpaces(i + 1, eol);
                if (t[i] === '}' || t[i] === ',')
                    throw NOT_PLAIN;
                continue;
            }
            if (t[i] === '}')
                return { kind: 'map', start: p, end: i + 1, items };
            throw NOT_PLAIN;
        }
    }
    /**
     * A block scalar whose header (`|`, `>`, with a chomping indicator) is at `p`, in a collection
     * at column `col`. Its extent is the library lexer's (parseBlockScalar), its value the library
     * composer's (resolveBlockScalar); an explicit indentation indicator is left to the library.
     */
    blockScalar(p, eol, col) {
        const t = this.text;
        const folded = t[p] === '>';
        let h = p + 1;
        let keep = false;
        let chomp = '';
        while (h < eol && (t[h] === '-' || t[h] === '+')) {
            if (chomp)
                throw NOT_PLAIN;
            chomp = t[h];
            keep = t[h] === '+';
            h++;
        }
        if (h < eol && t[h] !== ' ')
            throw NOT_PLAIN;
        this.restOfLine(h, eol);
        const headerLine = this.line;
        if (headerLine + 1 >= this.starts.length)
            throw NOT_PLAIN;
        const pos = this.starts[headerLine + 1];
        // The lexer: how far the scalar runs.
        const indentNext = col + 1;
        let nl = pos - 1;
        let indent = 0;
        let i = pos;
        for (; i < t.length; i++) {
            const ch = t[i];
            if (ch === ' ')
                indent += 1;
            else if (ch === '\n') {
                nl = i;
                indent = 0;
            }
            else
                break;
        }
        if (i < t.length && t[i] === '\t')
            throw NOT_PLAIN;
        if (indent >= indentNext) {
            const contentIndent = indent;
            do {
                const cs = this.continueScalar(nl + 1, contentIndent);
                if (cs === -1)
                    break;
                nl = t.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1)
                nl = t.length;
        }
        let j = nl + 1;
        while (t[j] === ' ')
            j++;
        if (t[j] === '\t')
            throw NOT_PLAIN;
        if (!keep) {
            for (;;) {
                let k = nl - 1;
                const lastChar = k;
                while (t[k] === ' ')
                    k--;
                if (t[k] === '\n' && k >= pos && k + 1 + indent > lastChar)
                    nl = k;
                else
                    break;
            }
        }
        const sourceEnd = Math.min(nl + 1, t.length);
        const source = t.slice(pos, sourceEnd);
        if (source.includes('\t'))
            throw NOT_PLAIN;
        const value = resolveBlock(source, col, folded, chomp);
        // Lines of the scalar are done; the reader goes on after them.
        let after = headerLine + 1;
        while (after < this.starts.length && this.starts[after] < sourceEnd)
            after++;
        this.line = after;
        this.noContinuation(col);
        return { kind: 'scalar', start: p, end: sourceEnd, text: value, key: value };
    }
    /** The lexer's continueScalar for a block scalar's lines (indentNext > 0, at the end of the text). */
    continueScalar(offset, indentNext) {
        const t = this.text;
        let n = 0;
        let ch = t[offset];
        while (ch === ' ')
            ch = t[++n + offset];
        return ch === '\n' || n >= indentNext ? offset + n : -1;
    }
}
/**
 * resolveBlockScalar of yaml 2 for a header without indentation indicator, on a source without
 * tabs or carriage returns; anything it would report as an error makes the reader give up.
 */
function resolveBlock(source, scalarIndent, folded, chomp) {
    const lines = yaml_fast_splitLines(source);
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        if (lines[i][1] === '')
            chompStart = i;
        else
            break;
    }
    // Empty contents, an unusual case, are left to the library.
    if (chompStart === 0)
        throw NOT_PLAIN;
    let trimIndent = scalarIndent;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '') {
            if (indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent)
                throw NOT_PLAIN;
            trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0)
                throw NOT_PLAIN;
            break;
        }
    }
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content && indent.length < trimIndent)
            throw NOT_PLAIN;
        if (!folded) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent) {
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    if (chomp === '+') {
        for (let i = chompStart; i < lines.length; ++i)
            value += '\n' + lines[i][0].slice(trimIndent);
        if (value[value.length - 1] !== '\n')
            value += '\n';
    }
    else if (chomp !== '-')
        value += '\n';
    return value;
}
/** The source's lines as [indent, content] (yaml 2's splitLines, without a regular expression). */
function yaml_fast_splitLines(source) {
    const out = [];
    let start = 0;
    for (;;) {
        const nl = source.indexOf('\n', start);
        const line = nl < 0 ? source.slice(start) : source.slice(start, nl);
        let n = 0;
        while (n < line.length && line.charCodeAt(n) === 32)
            n++;
        out.push([line.slice(0, n), line.slice(n)]);
        if (nl < 0)
            break;
        start = nl + 1;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/facts/workflows/yaml-tree.ts
// The YAML of a workflow as the facts read it: mappings, sequences and scalars with the place of
// each in the text, and nothing else (no tags, comments or JavaScript values). Built once per file,
// either from the `yaml` library's document or by the fast reader (yaml-fast.ts), which must give
// the very same tree for every file it accepts.

/** What a key or value scalar of the `yaml` library reads as (see YScalar). */
function scalarStrings(s) {
    const v = s.value;
    if (typeof v === 'string')
        return { text: v, key: v };
    const source = typeof s.source === 'string' ? s.source : null;
    return { text: v === null || v === undefined ? '' : (source ?? String(v)), key: source ?? String(v) };
}
/**
 * The tree of a `yaml` library document node, and its anchors recorded in document order (a node
 * before its children, a key before its value). Nodes of no known kind (a bare Pair) become null.
 */
function fromYamlNode(node, anchors) {
    if (node === null || node === undefined)
        return null;
    const r = node.range;
    const start = r ? r[0] : 0;
    const end = r ? r[1] : 0;
    let out;
    if ((0,dist/* isScalar */.jn)(node)) {
        const { text, key } = scalarStrings(node);
        out = { kind: 'scalar', start, end, text, key };
    }
    else if ((0,dist/* isAlias */.Vj)(node)) {
        return { kind: 'alias', start, end, name: node.source };
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        const items = [];
        out = { kind: 'map', start, end, items };
        record(out, node, anchors);
        for (const pair of node.items)
            items.push({ key: fromYamlNode(pair.key, anchors), value: fromYamlNode(pair.value, anchors) });
        return out;
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        const items = [];
        out = { kind: 'seq', start, end, items };
        record(out, node, anchors);
        for (const item of node.items)
            items.push(fromYamlNode(item, anchors));
        return out;
    }
    else {
        return null;
    }
    record(out, node, anchors);
    return out;
}
function record(out, node, anchors) {
    if (!node.anchor || !node.range)
        return;
    out.anchor = node.anchor;
    const list = anchors.get(node.anchor);
    const def = { start: node.range[0], node: out };
    if (list)
        list.push(def);
    else
        anchors.set(node.anchor, [def]);
}

;// CONCATENATED MODULE: ./src/facts/workflows/parse.ts
// YAML -> workflow and action models with 1-based positions. The file is hostile input: every
// loop is bounded, aliases are resolved by hand under a budget, and nothing here throws.
// Each file is parsed once into a light tree (yaml-tree.ts) that every reader of it shares.





/** Alias resolutions allowed per file. Anchors are legal in workflows; thousands of them are not normal. */
const MAX_ALIASES = 5_000;
/** Jobs kept per workflow and steps kept per job. */
const MAX_JOBS = 10_000;
const MAX_STEPS = 1_000;
/** Entries read from one mapping (with:, env:, inputs:). */
const MAX_ENTRIES = 1_000;
/** Characters of a script kept in the facts (the analysis itself reads all of it). */
const MAX_STORED_TEXT = 16 * 1024;
/**
 * Nesting beyond this is refused before parsing: the YAML parser takes quadratic time on deep
 * flow nesting ('[' repeated 100,000 times took 10 s; a 2 MB file would take hours). Real
 * workflows nest about ten levels.
 */
const MAX_YAML_NESTING = 100;
/** Characters kept of a non-scalar value rendered as text. */
const MAX_VALUE_TEXT = 1024;
const isMap = (n) => n?.kind === 'map';
const isSeq = (n) => n?.kind === 'seq';
const isScalar = (n) => n?.kind === 'scalar';
/** One parsed file: source, positions and a guarded alias resolver. */
class YamlFile {
    path;
    text;
    errors = [];
    /** False when the file could not be parsed at all (too deep, or the parser failed). */
    parsed;
    /** Full script text per RunFact / with-value, keyed by the fact object (facts store a truncated copy). */
    fullText = new WeakMap();
    /** Source range of the node behind a fact, for finding expression positions. */
    ranges = new WeakMap();
    lc = new dist/* LineCounter */.HN();
    tree = null;
    anchors = new Map();
    keyIndexes = new WeakMap();
    aliasBudget = MAX_ALIASES;
    aliasLimitHit = false;
    /** Ends of the block collections, from the library's reading, when the fast reader read the file and one was asked for. */
    libraryEnds = null;
    /** `fastYaml: false` has the library read even plain YAML (tests compare the two readings). */
    constructor(path, text, options = {}) {
        this.path = path;
        this.text = text;
        const depth = (0,parse/* nestingEstimate */.tp)(text);
        if (depth > MAX_YAML_NESTING) {
            this.errors.push({ path, kind: 'limit', line: 1, column: 1, message: `not parsed: the YAML nests about ${depth} levels deep (more than ${MAX_YAML_NESTING})` });
            this.parsed = false;
            return;
        }
        // Plain workflow YAML is read by the fast reader; anything else by the library.
        const plain = options.fastYaml === false ? null : readPlainYaml(text);
        if (plain) {
            for (const start of plain.lineStarts)
                this.lc.addNewLine(start);
            this.tree = plain.tree;
            this.parsed = true;
            this.checkUniqueKeys();
            return;
        }
        let doc = null;
        try {
            doc = (0,parse/* withoutStacks */.G5)(() => (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false }));
        }
        catch (e) {
            this.error('yaml', 0, `YAML parser failed: ${e instanceof Error ? e.message : String(e)}`);
        }
        this.parsed = doc !== null;
        if (!doc)
            return;
        for (const e of doc.errors) {
            this.error('yaml', e.pos?.[0] ?? 0, firstLine(e.message));
        }
        try {
            this.tree = fromYamlNode(doc.contents, this.anchors);
        }
        catch {
            /* a conversion failure leaves an empty file (the parser is written not to build such a document) */
        }
        this.checkUniqueKeys();
    }
    /** Duplicate keys make GitHub reject the file. The parser's own check is quadratic, so check here with a set, every mapping in document order. */
    checkUniqueKeys() {
        const stack = this.tree ? [this.tree] : [];
        while (stack.length > 0) {
            const n = stack.pop();
            const children = [];
            if (n.kind === 'map') {
                const seen = new Set();
                for (const pair of n.items) {
                    const k = pair.key;
                    if (k?.kind === 'scalar') {
                        if (seen.has(k.key))
                            this.error('yaml', k.start, 'Map keys must be unique');
                        else
                            seen.add(k.key);
                    }
                    if (pair.key)
                        children.push(pair.key);
                    if (pair.value)
                        children.push(pair.value);
                }
            }
            else if (n.kind === 'seq') {
                for (const item of n.items)
                    if (item)
                        children.push(item);
            }
            for (let i = children.length - 1; i >= 0; i--)
                stack.push(children[i]);
        }
    }
    /** Where a node's value ends; for a block collection the fast reader read, as the library reads it. */
    endOfNode(n) {
        return this.endOf(n);
    }
    endOf(n) {
        if (n.end !== UNKNOWN_END)
            return n.end;
        if (this.libraryEnds === null) {
            const ends = new Map();
            try {
                const doc = (0,parse/* withoutStacks */.G5)(() => (0,dist/* parseDocument */.Tp)(this.text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false }));
                const stack = [];
                const top = fromYamlNode(doc.contents, new Map());
                if (top)
                    stack.push(top);
                while (stack.length > 0) {
                    const x = stack.pop();
                    if (x.kind === 'map') {
                        ends.set(`map ${x.start}`, x.end);
                        for (const pair of x.items)
                            for (const c of [pair.key, pair.value])
                                if (c)
                                    stack.push(c);
                    }
                    else if (x.kind === 'seq') {
                        ends.set(`seq ${x.start}`, x.end);
                        for (const c of x.items)
                            if (c)
                                stack.push(c);
                    }
                }
            }
            catch {
                /* the library read the file without error before; if it fails now, a collection shows its first line */
            }
            this.libraryEnds = ends;
        }
        return this.libraryEnds.get(`${n.kind} ${n.start}`) ?? n.start;
    }
    get root() {
        return this.resolve(this.tree);
    }
    error(kind, offset, message) {
        if (this.errors.length >= 100)
            return;
        const p = this.pos(offset);
        this.errors.push({ path: this.path, kind, line: p.line, column: p.column, message });
    }
    pos(offset) {
        const lp = this.lc.linePos(Math.max(0, Math.min(offset, this.text.length)));
        return { line: lp.line, column: lp.col };
    }
    nodePos(node) {
        return node ? this.pos(node.start) : { line: 1, column: 1 };
    }
    /** Follows an alias to its anchored node, spending the budget; null when out of budget or unknown. */
    resolve(node) {
        if (node === null || node === undefined)
            return null;
        if (node.kind !== 'alias')
            return node;
        if (this.aliasBudget <= 0) {
            if (!this.aliasLimitHit) {
                this.aliasLimitHit = true;
                this.error('limit', node.start, `more than ${MAX_ALIASES} alias uses; the rest were ignored`);
            }
            return null;
        }
        this.aliasBudget--;
        const list = this.anchors.get(node.name);
        const at = node.start;
        if (!list)
            return null;
        // The nearest anchor defined before the alias (anchors may be redefined).
        let lo = 0;
        let hi = list.length - 1;
        let found = null;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (list[mid].start < at) {
                found = list[mid];
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        const target = found?.node ?? null;
        // An alias of an alias cannot happen in valid YAML, but do not trust it.
        return target && target.kind !== 'alias' ? target : null;
    }
    /** A scalar as a string (numbers and booleans as written); null for anything else. */
    str(node) {
        const n = this.resolve(node);
        return isScalar(n) ? n.text : null;
    }
    /** A value as text: the scalar, or the source of a collection (shortened). */
    textOf(node) {
        const n = this.resolve(node);
        if (!n)
            return '';
        if (isScalar(n))
            return n.text;
        return this.text.slice(n.start, Math.min(this.endOf(n), n.start + MAX_VALUE_TEXT));
    }
    /** Mapping entries with string keys; null when the node is not a mapping. */
    entries(node, limit = MAX_ENTRIES) {
        const n = this.resolve(node);
        if (!isMap(n))
            return null;
        const out = [];
        for (const pair of n.items) {
            if (out.length >= limit)
                break;
            const keyNode = pair.key;
            if (!isScalar(keyNode))
                continue;
            out.push({ key: keyNode.key, keyNode, value: pair.value });
        }
        return out;
    }
    /** Key -> value of a mapping (first occurrence wins), built once per mapping. */
    keyIndex(node) {
        const n = this.resolve(node);
        if (!isMap(n))
            return null;
        let index = this.keyIndexes.get(n);
        if (!index) {
            index = new Map();
            for (const e of this.entries(n, Number.MAX_SAFE_INTEGER) ?? [])
                if (!index.has(e.key))
                    index.set(e.key, e.value);
            this.keyIndexes.set(n, index);
        }
        return index;
    }
    get(node, key) {
        return this.keyIndex(node)?.get(key) ?? null;
    }
    has(node, key) {
        return this.keyIndex(node)?.has(key) ?? false;
    }
    /** Sequence items; a lone scalar counts as a one-item list. Null for anything else. */
    list(node, limit = MAX_ENTRIES) {
        const n = this.resolve(node);
        if (!n)
            return null;
        if (isSeq(n))
            return n.items.slice(0, limit);
        if (isScalar(n))
            return [n];
        return null;
    }
    strings(node) {
        const l = this.list(node);
        if (!l)
            return null;
        const out = [];
        for (const item of l) {
            const s = this.str(item);
            if (s !== null)
                out.push(s);
        }
        return out;
    }
    value(node, keyNode) {
        const n = this.resolve(node);
        const p = n ? this.nodePos(n) : this.nodePos(keyNode);
        const full = this.textOf(n);
        const v = { ...p, value: full.length > MAX_STORED_TEXT ? full.slice(0, MAX_STORED_TEXT) : full };
        this.fullText.set(v, full);
        if (n)
            this.ranges.set(v, [n.start, this.endOf(n)]);
        return v;
    }
    valueMap(node) {
        const out = {};
        for (const e of this.entries(node) ?? []) {
            if (Object.prototype.hasOwnProperty.call(out, e.key) || e.key === '__proto__')
                continue;
            out[e.key] = this.value(e.value, e.keyNode);
        }
        return out;
    }
    /** The comment after a scalar on the same line, without '#'. */
    trailingComment(node) {
        const n = this.resolve(node);
        if (!n)
            return null;
        const end = this.endOf(n);
        let eol = this.text.indexOf('\n', end);
        if (eol < 0)
            eol = this.text.length;
        const rest = this.text.slice(end, Math.min(eol, end + 500));
        const m = /^[ \t]*#(.*)$/.exec(rest.replace(/\r$/, ''));
        return m ? m[1].trim() : null;
    }
    /** Position of `needle` inside the source of a fact's node, searching from `from`; null when absent. */
    findInSource(fact, needle, from = 0) {
        const r = this.ranges.get(fact);
        if (!r)
            return null;
        const start = Math.max(r[0], from);
        const i = this.text.indexOf(needle, start);
        if (i < 0 || i + needle.length > r[1])
            return null;
        return { offset: i, pos: this.pos(i) };
    }
    /** The trimmed source line at a position, shortened. */
    lineAt(line) {
        const start = this.lc.lineStarts[line - 1];
        if (start === undefined)
            return '';
        let end = this.text.indexOf('\n', start);
        if (end < 0)
            end = this.text.length;
        const s = this.text.slice(start, Math.min(end, start + 400)).trim();
        return s.length > 200 ? s.slice(0, 197) + '...' : s;
    }
}
function firstLine(s) {
    const l = s.split('\n')[0].trim();
    return l.length > 300 ? l.slice(0, 297) + '...' : l;
}
function emptyPermissions() {
    return { kind: 'absent', position: null, scopes: {}, scopePositions: {} };
}
function parsePermissions(f, present, node) {
    if (!present)
        return emptyPermissions();
    const n = f.resolve(node);
    const out = emptyPermissions();
    out.position = n ? f.nodePos(n) : null;
    const s = f.str(n);
    if (s !== null) {
        const v = s.trim();
        out.kind = v === 'read-all' ? 'read-all' : v === 'write-all' ? 'write-all' : 'invalid';
        return out;
    }
    const es = f.entries(n);
    if (!es) {
        out.kind = 'invalid';
        return out;
    }
    if (es.length === 0) {
        out.kind = 'none';
        return out;
    }
    out.kind = 'map';
    for (const e of es) {
        if (e.key === '__proto__')
            continue;
        out.scopes[e.key] = (f.str(e.value) ?? '').trim();
        out.scopePositions[e.key] = f.nodePos(e.keyNode);
    }
    return out;
}
function emptyFilter() {
    return { branches: null, branchesIgnore: null, tags: null, tagsIgnore: null, paths: null, pathsIgnore: null, types: null };
}
function parseInputs(f, node) {
    const out = {};
    for (const e of f.entries(node) ?? []) {
        if (e.key === '__proto__')
            continue;
        const type = f.str(f.get(e.value, 'type'))?.trim() || 'string';
        const required = (f.str(f.get(e.value, 'required')) ?? '').trim() === 'true';
        out[e.key] = { type, required };
    }
    return out;
}
function parseTriggers(f, present, node) {
    const out = { events: [], filters: {}, schedules: [], dispatchInputs: {}, callInputs: {}, position: null };
    if (!present)
        return out;
    const n = f.resolve(node);
    out.position = n ? f.nodePos(n) : null;
    const s = f.str(n);
    if (s !== null) {
        if (s.trim())
            out.events.push(s.trim());
        return out;
    }
    if (n && isSeq(n)) {
        for (const item of f.list(n) ?? []) {
            const e = f.str(item)?.trim();
            if (e && !out.events.includes(e))
                out.events.push(e);
        }
        return out;
    }
    for (const e of f.entries(n) ?? []) {
        const ev = e.key.trim();
        if (!ev || ev === '__proto__' || out.events.includes(ev))
            continue;
        out.events.push(ev);
        if (ev === 'schedule') {
            for (const item of f.list(e.value) ?? []) {
                const cron = f.str(f.get(item, 'cron'));
                if (cron !== null)
                    out.schedules.push(cron);
            }
            continue;
        }
        if (ev === 'workflow_dispatch')
            out.dispatchInputs = parseInputs(f, f.get(e.value, 'inputs'));
        if (ev === 'workflow_call')
            out.callInputs = parseInputs(f, f.get(e.value, 'inputs'));
        if (f.entries(e.value)) {
            const fl = emptyFilter();
            fl.branches = f.has(e.value, 'branches') ? f.strings(f.get(e.value, 'branches')) ?? [] : null;
            fl.branchesIgnore = f.has(e.value, 'branches-ignore') ? f.strings(f.get(e.value, 'branches-ignore')) ?? [] : null;
            fl.tags = f.has(e.value, 'tags') ? f.strings(f.get(e.value, 'tags')) ?? [] : null;
            fl.tagsIgnore = f.has(e.value, 'tags-ignore') ? f.strings(f.get(e.value, 'tags-ignore')) ?? [] : null;
            fl.paths = f.has(e.value, 'paths') ? f.strings(f.get(e.value, 'paths')) ?? [] : null;
            fl.pathsIgnore = f.has(e.value, 'paths-ignore') ? f.strings(f.get(e.value, 'paths-ignore')) ?? [] : null;
            fl.types = f.has(e.value, 'types') ? f.strings(f.get(e.value, 'types')) ?? [] : null;
            out.filters[ev] = fl;
        }
    }
    return out;
}
function parseUses(f, node, repository) {
    const n = f.resolve(node);
    if (!n)
        return null;
    const s = f.str(n) ?? f.textOf(n);
    const comment = f.trailingComment(n);
    return { ...(0,uses/* classifyUses */.tN)(s, repository), ...f.nodePos(n), comment, commentVersion: (0,uses/* versionFromComment */.e)(comment) };
}
function parseRun(f, node) {
    const n = f.resolve(node);
    if (!n)
        return null;
    const full = f.textOf(n);
    const r = { ...f.nodePos(n), text: full.length > MAX_STORED_TEXT ? full.slice(0, MAX_STORED_TEXT) : full, truncated: full.length > MAX_STORED_TEXT };
    f.fullText.set(r, full);
    f.ranges.set(r, [n.start, f.endOfNode(n)]);
    return r;
}
function parse_optStr(f, node) {
    if (node === null)
        return null;
    return f.textOf(node);
}
function parseSteps(f, node, repository, where) {
    const out = [];
    const items = f.list(node, MAX_STEPS);
    if (node !== null && items === null)
        f.error('structure', node.start ?? 0, `${where}: steps is not a list`);
    for (const [index, item] of (items ?? []).entries()) {
        const n = f.resolve(item);
        if (!n || !isMap(n)) {
            f.error('structure', item?.start ?? 0, `${where}: step ${index + 1} is not a mapping`);
            continue;
        }
        const get = (k) => f.get(n, k);
        out.push({
            index,
            ...f.nodePos(n),
            id: f.has(n, 'id') ? f.str(get('id')) : null,
            name: f.has(n, 'name') ? f.textOf(get('name')) : null,
            if: f.has(n, 'if') ? parse_optStr(f, get('if')) : null,
            ifAt: f.has(n, 'if') ? f.nodePos(f.resolve(get('if')) ?? n) : null,
            uses: f.has(n, 'uses') ? parseUses(f, get('uses'), repository) : null,
            run: f.has(n, 'run') ? parseRun(f, get('run')) : null,
            shell: f.has(n, 'shell') ? f.str(get('shell')) : null,
            with: f.valueMap(get('with')),
            env: f.valueMap(get('env')),
            workingDirectory: f.has(n, 'working-directory') ? f.str(get('working-directory')) : null,
        });
    }
    const all = f.list(node, Number.MAX_SAFE_INTEGER);
    if (all && all.length > MAX_STEPS)
        f.error('limit', node?.start ?? 0, `${where}: only the first ${MAX_STEPS} steps were read`);
    return out;
}
/** `defaults.run.working-directory` of a workflow or job mapping, or null. */
function defaultWorkingDirectory(f, node) {
    const run = f.get(f.get(node, 'defaults'), 'run');
    return f.has(run, 'working-directory') ? f.str(f.get(run, 'working-directory')) : null;
}
/** `environment: name` or `environment: { name: ..., url: ... }`: the name, with its position. */
function parse_parseEnvironment(f, node) {
    const n = f.resolve(node);
    if (!n)
        return null;
    if (isMap(n)) {
        const name = f.get(n, 'name');
        return name ? f.value(name, n) : null;
    }
    return f.str(n) !== null ? f.value(n, n) : null;
}
function parseWorkflow(path, text, repository, options = {}) {
    const f = new YamlFile(path, text, options);
    const wf = {
        path,
        name: null,
        valid: f.errors.length === 0,
        triggers: parseTriggers(f, false, null),
        effectiveEvents: [],
        permissions: emptyPermissions(),
        env: {},
        workingDirectory: null,
        jobs: [],
        jobsTruncated: false,
    };
    const root = f.root;
    if (!f.parsed || f.errors.length > 0) {
        wf.valid = false;
    }
    if (!root || !isMap(root)) {
        if (f.errors.length === 0)
            f.error('structure', root?.start ?? 0, root ? 'workflow is not a mapping' : 'workflow file is empty');
        wf.valid = false;
        return { file: f, workflow: wf };
    }
    const errorsBefore = f.errors.length;
    wf.name = f.has(root, 'name') ? f.textOf(f.get(root, 'name')) : null;
    if (!f.has(root, 'on'))
        f.error('structure', root.start ?? 0, 'workflow has no `on:` triggers');
    wf.triggers = parseTriggers(f, f.has(root, 'on'), f.get(root, 'on'));
    wf.permissions = parsePermissions(f, f.has(root, 'permissions'), f.get(root, 'permissions'));
    wf.env = f.valueMap(f.get(root, 'env'));
    wf.workingDirectory = defaultWorkingDirectory(f, root);
    const jobsNode = f.get(root, 'jobs');
    const jobs = f.entries(jobsNode, MAX_JOBS + 1);
    if (!f.has(root, 'jobs'))
        f.error('structure', root.start ?? 0, 'workflow has no `jobs:`');
    else if (!jobs)
        f.error('structure', jobsNode?.start ?? root.start ?? 0, '`jobs:` is not a mapping');
    for (const e of jobs ?? []) {
        if (wf.jobs.length >= MAX_JOBS) {
            wf.jobsTruncated = true;
            f.error('limit', e.keyNode.start ?? 0, `only the first ${MAX_JOBS} jobs were read`);
            break;
        }
        const j = f.resolve(e.value);
        if (!j || !isMap(j)) {
            f.error('structure', e.keyNode.start ?? 0, `job ${e.key} is not a mapping`);
            continue;
        }
        const get = (k) => f.get(j, k);
        let secrets = null;
        if (f.has(j, 'secrets')) {
            const sv = f.str(get('secrets'));
            secrets = sv !== null && sv.trim() === 'inherit' ? 'inherit' : (f.entries(get('secrets')) ?? []).map((x) => x.key);
        }
        wf.jobs.push({
            id: e.key,
            ...f.nodePos(e.keyNode),
            name: f.has(j, 'name') ? f.textOf(get('name')) : null,
            if: f.has(j, 'if') ? parse_optStr(f, get('if')) : null,
            ifAt: f.has(j, 'if') ? f.nodePos(f.resolve(get('if')) ?? j) : null,
            runsOn: f.has(j, 'runs-on') ? f.textOf(get('runs-on')) : null,
            needs: f.strings(get('needs')) ?? [],
            permissions: parsePermissions(f, f.has(j, 'permissions'), get('permissions')),
            uses: f.has(j, 'uses') ? parseUses(f, get('uses'), repository) : null,
            with: f.valueMap(get('with')),
            secrets,
            env: f.valueMap(get('env')),
            steps: parseSteps(f, f.has(j, 'steps') ? get('steps') : null, repository, `job ${e.key}`),
            outputs: f.valueMap(get('outputs')),
            environment: parse_parseEnvironment(f, get('environment')),
            workingDirectory: defaultWorkingDirectory(f, j),
        });
    }
    if (f.errors.slice(errorsBefore).some((e) => e.kind === 'structure'))
        wf.valid = false;
    return { file: f, workflow: wf };
}
function parseAction(path, text, repository, options = {}) {
    const f = new YamlFile(path, text, options);
    const slash = path.lastIndexOf('/');
    const action = {
        path,
        dir: slash >= 0 ? path.slice(0, slash) : '',
        name: null,
        valid: f.errors.length === 0,
        using: null,
        image: null,
        inputs: {},
        steps: [],
    };
    const root = f.root;
    if (!root || !isMap(root)) {
        if (f.errors.length === 0)
            f.error('structure', root?.start ?? 0, root ? 'action metadata is not a mapping' : 'action metadata file is empty');
        action.valid = false;
        return { file: f, action };
    }
    action.name = f.has(root, 'name') ? f.textOf(f.get(root, 'name')) : null;
    for (const e of f.entries(f.get(root, 'inputs')) ?? []) {
        if (e.key === '__proto__')
            continue;
        const decl = {
            required: (f.str(f.get(e.value, 'required')) ?? '').trim() === 'true',
            default: f.has(e.value, 'default') ? f.textOf(f.get(e.value, 'default')) : null,
        };
        action.inputs[e.key] = decl;
    }
    const runs = f.get(root, 'runs');
    action.using = f.str(f.get(runs, 'using'))?.trim() ?? null;
    if (f.has(runs, 'image')) {
        const img = f.get(runs, 'image');
        action.image = f.value(img, img ?? root);
    }
    if (action.using === 'composite')
        action.steps = parseSteps(f, f.get(runs, 'steps'), repository, 'composite action');
    return { file: f, action };
}

;// CONCATENATED MODULE: ./src/facts/workflows/index.ts










/** Workflow files and action metadata files read at most. */
const MAX_WORKFLOW_FILES = 2_000;
const MAX_ACTION_FILES = 2_000;
/**
 * Largest workflow or action file parsed, in characters. Real workflows are a few KiB; the YAML
 * parser takes about a second per MiB, so a larger file is reported instead of parsed.
 */
const MAX_YAML_CHARS = 2 * 1024 * 1024;
/** Largest repository script followed from a `run:` line (`bash .ci/run`). */
const MAX_SCRIPT_CHARS = 512 * 1024;
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_FILE = /(?:^|\/)action\.ya?ml$/;
const GORELEASER_FILE = /^\.?goreleaser\.ya?ml$/;
function isWorkflowPath(path) {
    return WORKFLOW_FILE.test(path);
}
function isActionMetadataPath(path) {
    return ACTION_FILE.test(path);
}
/** Directories whose action files get no findings unless a workflow runs them. */
const THIRD_PARTY_DIRS = new Set(['node_modules', 'vendor', 'third_party', 'testdata', 'fixtures', '__fixtures__']);
/** Directories of local actions that workflow steps use (`uses: ./dir`). */
function referencedActionDirs(workflows) {
    const out = new Set();
    for (const w of workflows) {
        for (const j of w.workflow.jobs) {
            for (const st of j.steps) {
                if (st.uses?.kind === 'local' && !st.uses.isWorkflow)
                    out.add((st.uses.path ?? '').split('/').filter((x) => x !== '' && x !== '.').join('/'));
            }
        }
    }
    return out;
}
function unreadable(path, message) {
    return { path, kind: 'unreadable', line: 1, column: 1, message };
}
function emptyWorkflow(path) {
    return {
        path,
        name: null,
        valid: false,
        triggers: { events: [], filters: {}, schedules: [], dispatchInputs: {}, callInputs: {}, position: null },
        effectiveEvents: [],
        permissions: { kind: 'absent', position: null, scopes: {}, scopePositions: {} },
        env: {},
        workingDirectory: null,
        jobs: [],
        jobsTruncated: false,
    };
}
/** One pass over the listing (100,000 entries in a large repository): cheap string tests before each pattern. */
function selectFiles(source) {
    const workflowFiles = [];
    const actionFiles = [];
    const goreleaserFiles = [];
    for (const f of source.files) {
        if (f.kind === 'submodule')
            continue;
        const p = f.path;
        if (p.endsWith('.yml') || p.endsWith('.yaml')) {
            if (p.startsWith('.github/workflows/') && WORKFLOW_FILE.test(p))
                workflowFiles.push(f);
            if (p.includes('action.y') && ACTION_FILE.test(p))
                actionFiles.push(f);
            if (p.includes('goreleaser.y') && !p.includes('/') && GORELEASER_FILE.test(p))
                goreleaserFiles.push(f);
        }
    }
    return { workflowFiles, actionFiles, goreleaserFiles };
}
function readGoreleaser(source, files) {
    const out = { signs: false, sboms: false };
    for (const f of files) {
        const r = safeRead(source, f.path);
        if (!r.ok)
            continue;
        if (/^(?:signs|docker_signs|binary_signs)\s*:/m.test(r.text))
            out.signs = true;
        if (/^sboms\s*:/m.test(r.text))
            out.sboms = true;
    }
    return out;
}
function safeRead(source, path) {
    try {
        return source.read(path);
    }
    catch (e) {
        return { ok: false, reason: `cannot be read: ${e instanceof Error ? e.message : String(e)}` };
    }
}
function compareFindings(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}
/** Analyses every workflow and action metadata file of the snapshot. */
function analyzeWorkflows(source, options = {}) {
    const repository = options.repository ?? null;
    const parseErrors = [];
    const parsedWorkflows = [];
    const parsedActions = [];
    const unreadableWorkflows = [];
    // Built on the first script a run: step names (most analyses follow none).
    let knownFiles = null;
    const { workflowFiles, actionFiles, goreleaserFiles } = selectFiles(source);
    if (workflowFiles.length > MAX_WORKFLOW_FILES)
        parseErrors.push({ path: '.github/workflows', kind: 'limit', line: 1, column: 1, message: `only the first ${MAX_WORKFLOW_FILES} of ${workflowFiles.length} workflow files were read` });
    if (actionFiles.length > MAX_ACTION_FILES)
        parseErrors.push({ path: '.', kind: 'limit', line: 1, column: 1, message: `only the first ${MAX_ACTION_FILES} of ${actionFiles.length} action metadata files were read` });
    const stopped = (what, left) => {
        parseErrors.push({ path: '.', kind: 'limit', line: 1, column: 1, message: `stopped at the run's time limit: ${left} ${what} not read` });
    };
    const workflowList = workflowFiles.slice(0, MAX_WORKFLOW_FILES);
    for (const [i, f] of workflowList.entries()) {
        if (options.stop?.()) {
            stopped('workflow files', workflowList.length - i);
            break;
        }
        const r = safeRead(source, f.path);
        if (!r.ok) {
            parseErrors.push(unreadable(f.path, r.reason));
            unreadableWorkflows.push(emptyWorkflow(f.path));
            continue;
        }
        if (r.text.length > MAX_YAML_CHARS) {
            parseErrors.push({ path: f.path, kind: 'limit', line: 1, column: 1, message: `not parsed: ${r.text.length} characters is over the ${MAX_YAML_CHARS} limit` });
            unreadableWorkflows.push(emptyWorkflow(f.path));
            continue;
        }
        try {
            const p = parseWorkflow(f.path, r.text, repository);
            parseErrors.push(...p.file.errors);
            parsedWorkflows.push(p);
        }
        catch (e) {
            // Defensive: the parser is written not to throw; if it does, the file counts as broken.
            parseErrors.push({ path: f.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
            unreadableWorkflows.push(emptyWorkflow(f.path));
        }
    }
    const actionList = actionFiles.slice(0, MAX_ACTION_FILES);
    for (const [i, f] of actionList.entries()) {
        if (options.stop?.()) {
            stopped('action metadata files', actionList.length - i);
            break;
        }
        const r = safeRead(source, f.path);
        if (!r.ok) {
            parseErrors.push(unreadable(f.path, r.reason));
            continue;
        }
        if (r.text.length > MAX_YAML_CHARS) {
            parseErrors.push({ path: f.path, kind: 'limit', line: 1, column: 1, message: `not parsed: ${r.text.length} characters is over the ${MAX_YAML_CHARS} limit` });
            continue;
        }
        try {
            const p = parseAction(f.path, r.text, repository);
            parseErrors.push(...p.file.errors);
            parsedActions.push(p);
        }
        catch (e) {
            parseErrors.push({ path: f.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
        }
    }
    computeEffectiveEvents(parsedWorkflows);
    const sink = new FindingSink();
    const local = new Map(parsedWorkflows.map((p) => [p.workflow.path, p.workflow]));
    for (const p of parsedWorkflows) {
        try {
            workflowFindings(sink, p, local);
        }
        catch (e) {
            parseErrors.push({ path: p.workflow.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
        }
    }
    const referenced = referencedActionDirs(parsedWorkflows);
    for (const p of parsedActions) {
        // Vendored and test-fixture action files are not the project's CI unless a workflow uses them.
        if (p.action.path.split('/').some((seg) => THIRD_PARTY_DIRS.has(seg)) && !referenced.has(p.action.dir))
            continue;
        try {
            actionFindings(sink, p, repository);
        }
        catch (e) {
            parseErrors.push({ path: p.action.path, kind: 'structure', line: 1, column: 1, message: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
        }
    }
    sink.findings.sort(compareFindings);
    const { detectors, scanners, hubPublishing } = runDetectors(parsedWorkflows, parsedActions, {
        repository,
        defaultBranch: options.defaultBranch ?? null,
        goreleaser: readGoreleaser(source, goreleaserFiles),
        readScript: (path) => {
            knownFiles ??= new Set(source.files.filter((f) => f.kind !== 'submodule').map((f) => f.path));
            if (!knownFiles.has(path))
                return null;
            const r = safeRead(source, path);
            return r.ok && r.text.length <= MAX_SCRIPT_CHARS ? r.text : null;
        },
    });
    const workflows = [...parsedWorkflows.map((p) => p.workflow), ...unreadableWorkflows].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return {
        workflows,
        actions: parsedActions.map((p) => p.action),
        parseErrors,
        findings: sink.findings,
        detectors,
        scanners,
        hubPublishing,
        findingsTruncated: sink.truncated,
    };
}

;// CONCATENATED MODULE: ./src/facts/gather.ts
// Gathers every fact once, before any rule runs. Local facts are read from the snapshot; the
// GitHub API, the grc.store hub and a parent Security Insights file are asked concurrently with them. The whole run
// has a time budget: when it ends, what was not gathered yet is given up on (git killed, requests
// aborted), replaced by empty placeholder data, and marked as a gap that makes any verdict resting
// on it unknown, with the reason.
















/** Facts read from the file list whose absences prove nothing when there is no list worth the name. */
const FROM_FILE_LIST = ['files', 'workflows', 'dependencies', 'artifacts', 'secrets'];
/** Facts about what is in version control: a folder's files (ignored ones included) do not tell it. */
const FROM_VERSION_CONTROL = ['artifacts', 'secrets'];
async function gatherFacts(path, options) {
    const budget = new facts_budget/* Budget */.__(options.timeLimitSeconds ?? facts_budget/* DEFAULT_TIME_LIMIT_SECONDS */.ct, options.signal);
    try {
        return await gatherWithin(budget, path, options);
    }
    finally {
        budget.dispose();
    }
}
async function gatherWithin(budget, path, options) {
    const signal = budget.signal;
    const gaps = {};
    // Gathers one fact within the budget, or gives it up: placeholder data and a gap saying why.
    const within = async (key, what, gather, placeholder) => {
        const r = budget.expired ? { ok: false } : await budget.race(Promise.resolve().then(gather));
        // Done after the budget ended means done by being stopped (git killed, requests aborted): not an answer.
        if (r.ok && !budget.expired)
            return r.value;
        gaps[key] ??= { kind: 'unread', reason: budget.reason(what) };
        return await placeholder();
    };
    // git works on the other core while this thread gathers. Once one rev-parse has said where the
    // work tree and HEAD are, everything that needs no file list starts at the same time: the two
    // listings (tracked, untracked), the small questions and the history for DCO; once the files
    // are listed, git searches the tracked ones for the secret rules' strings until scanSecrets
    // needs the answer. `await turn()` between the steps lets the event loop collect what a
    // finished process wrote. Every git is asked once.
    const root = (0,facts_snapshot/* checkRoot */.d9)(path);
    const gitAnswer = (0,facts_git/* gatherGitFactsAsync */.xJ)(root, signal);
    const dcoHistory = readDcoHistoryAsync(root, {}, { signal });
    // Awaited below, under the budget; a failure must not go unhandled before then.
    gitAnswer.catch(() => undefined);
    dcoHistory.catch(() => undefined);
    // Not raced: the budget's end kills the listing git, and the snapshot keeps what was listed by
    // then (tracked files without the untracked ones, or nothing), saying so in its notes.
    const snapshot = await facts_snapshot/* RepoSnapshot */.xC.openAsync(root, { signal });
    if (snapshot.stopped)
        gaps.files = { kind: 'unread', reason: budget.reason('the files were listed') };
    else if (budget.expired)
        gaps.files = { kind: 'incomplete', reason: budget.reason('every file was listed') };
    const empty = facts_snapshot/* RepoSnapshot */.xC.empty(snapshot.root);
    const secretPrefilter = prefilterSecrets(snapshot, signal).catch(() => null);
    const git = await within('git', 'git answered', () => gitAnswer, facts_git/* noGitFacts */.BO);
    const repository = options.repository ?? git.repository;
    const branchFromRef = git.ref?.startsWith('refs/heads/') ? git.ref.slice('refs/heads/'.length) : null;
    const defaultBranch = options.defaultBranch ?? branchFromRef;
    const workflows = await within('workflows', 'the workflows were read', () => analyzeWorkflows(snapshot, { repository, defaultBranch, stop: () => budget.expired }), () => analyzeWorkflows(empty, { repository, defaultBranch }));
    const githubOptions = {
        repository: repository ?? '',
        token: options.token,
        apiUrl: options.apiUrl,
        offline: options.offline,
        defaultBranchHint: defaultBranch ?? undefined,
        scannerWorkflowFiles: [...new Set(workflows.scanners.map((s) => s.path))],
        signal,
        // An environment chosen by an expression cannot be asked about by name.
        environments: workflows.findings.flatMap((f) => (f.gate?.environment && !f.gate.environment.includes('${{') ? [f.gate.environment] : [])),
    };
    const githubPromise = budget.expired ? null : gatherGitHubFacts(githubOptions);
    const hubPromise = budget.expired ? null : (0,grc_hub/* gatherGrcHubFacts */.gm)({ publishing: workflows.hubPublishing, offline: options.offline, baseUrl: options.grcHubUrl, timeoutMs: options.grcHubTimeoutMs, now: options.now });
    const siOptions = { offline: options.offline, now: options.now, fetchText: (url) => fetchText(url, { signal }) };
    const siPromise = budget.expired ? null : (0,security_insights/* gatherSecurityInsights */.n5)(snapshot, siOptions);
    const siPlaceholder = () => (0,security_insights/* gatherSecurityInsights */.n5)(empty, { ...siOptions, offline: true });
    await turn();
    const license = await within('license', 'the license was read', () => (0,facts_license/* gatherLicense */.$)(snapshot), () => (0,facts_license/* gatherLicense */.$)(empty));
    const documents = await within('documents', 'the documents were read', () => gatherDocuments(snapshot, { repository }), () => gatherDocuments(empty));
    await turn();
    // Manifests first: the executables sniff then takes the head of a Dockerfile or script it already read.
    const dependencies = await within('dependencies', 'the dependency manifests were read', () => gatherDependencies(snapshot), () => gatherDependencies(empty));
    await turn();
    const artifacts = await within('artifacts', 'the files were inspected for executables and binaries', () => gatherArtifacts(snapshot), () => gatherArtifacts(empty));
    const vex = await within('vex', 'the VEX documents were looked for', () => findVex(snapshot), () => findVex(empty));
    await turn();
    const dco = await within('dco', 'the commit history was read', () => gatherDcoAsync(snapshot, {}, { signal }, dcoHistory), () => unreadDcoFacts('the commit history was not read: the run reached its time limit first'));
    const secrets = await within('secrets', 'the files were scanned for secrets', async () => scanSecrets(snapshot, { prefilter: await secretPrefilter }), () => scanSecrets(empty, { prefilter: null }));
    const securityInsights = await within('securityInsights', 'the Security Insights file was read', () => siPromise ?? siPlaceholder(), siPlaceholder);
    const repositoryUrl = repository ? `https://github.com/${repository}` : undefined;
    const assessment = await within('assessment', 'the security assessment was read', () => gatherAssessment(snapshot, { selfAssessmentRef: selfRef(securityInsights), repositoryUrl }), () => gatherAssessment(empty, { repositoryUrl }));
    const github = await within('github', 'the GitHub API answered', () => githubPromise ?? unansweredGitHubFacts(githubOptions, 'not asked'), () => unansweredGitHubFacts(githubOptions, budget.reason('the GitHub API answered')));
    const hubPlaceholder = () => ({ state: 'not-configured', reason: budget.reason('the grc.store hub answered') });
    const grcHub = await within('grcHub', 'the grc.store hub answered', () => hubPromise ?? hubPlaceholder(), hubPlaceholder);
    const listing = snapshot.files.length === 0 ? 'empty' : snapshot.fromGit ? 'git' : 'walk';
    const history = git.isRepo && git.commit ? (git.shallow ? 'shallow' : 'available') : 'none';
    const notes = snapshot.notes;
    if (!gaps.files) {
        // Absences in an empty folder or an unversioned one prove nothing.
        const why = listing === 'empty'
            ? 'the folder holds no files (an empty folder, or the wrong path?): what is absent from it says nothing'
            : listing === 'walk'
                ? 'the folder is not a git checkout: its files were listed as found, ignored ones included, so what is in version control cannot be told'
                : null;
        for (const key of listing === 'empty' ? FROM_FILE_LIST : listing === 'walk' ? FROM_VERSION_CONTROL : [])
            gaps[key] ??= { kind: 'incomplete', reason: why ?? '' };
        if (why)
            notes.unshift({ path: '.', detail: why });
    }
    const unread = Object.values(gaps).filter((g) => g?.kind === 'unread');
    if (unread.length > 0)
        notes.unshift({ path: '.', detail: `${budget.reason('everything was read')}: ${[...new Set(unread.map((g) => g?.reason))].join('; ')}` });
    const facts = {
        root: snapshot.root,
        files: snapshot.files,
        listing,
        history,
        gaps,
        notes,
        git,
        context: {
            offline: options.offline,
            hasToken: Boolean(options.token),
            repository,
            defaultBranch: github.defaultBranch.name ?? defaultBranch,
        },
        license,
        documents,
        artifacts,
        workflows,
        securityInsights,
        github,
        grcHub,
        dependencies,
        secrets,
        vex,
        dco,
        assessment,
    };
    return { facts, snapshot };
}
/** Lets the event loop run pending callbacks (a child process that ended) between synchronous steps. */
function turn() {
    return new Promise((resolve) => setImmediate(resolve));
}
/** The Security Insights `repository.security.assessments.self` entry, as the assessment facts take it. */
function selfRef(si) {
    const entry = (0,security_insights/* siField */.Hy)(si, 'repository.security.assessments.self');
    if (!entry || typeof entry.value !== 'object' || entry.value === null)
        return undefined;
    const v = entry.value;
    const str = (x) => (typeof x === 'string' ? x : undefined);
    return { value: str(v.evidence) ?? '', comment: str(v.comment), name: str(v.name), date: str(v.date), path: entry.path, line: entry.line, column: entry.column };
}

;// CONCATENATED MODULE: ./src/facts/gaps.ts
/**
 * A view of `facts` that records each fact with a gap it is asked for. Rules and objectives read
 * facts through it unchanged; afterwards `read()` says which gaps their verdict may rest on.
 */
function trackGaps(facts) {
    const gaps = facts.gaps ?? {};
    const seen = new Set();
    if (Object.keys(gaps).length === 0)
        return { facts, read: () => [], reset: () => { } };
    const view = new Proxy(facts, {
        get(target, key, receiver) {
            if (typeof key === 'string' && Object.prototype.hasOwnProperty.call(gaps, key))
                seen.add(key);
            return Reflect.get(target, key, receiver);
        },
    });
    return {
        facts: view,
        read: () => [...seen].map((k) => gaps[k]).filter((g) => g !== undefined),
        reset: () => seen.clear(),
    };
}
/** The reasons of a set of gaps, once each, joined for one sentence. */
function gapReasons(gaps) {
    return [...new Set(gaps.map((g) => g.reason))].join('; ');
}
/** Lines a person must read before the report: shown as warnings by the command line and the action. */
function runWarnings(facts) {
    const out = [];
    if (facts.listing === 'empty')
        out.push(`${facts.root} holds no files: requirements that depend on the file list are reported unknown`);
    else if (facts.listing === 'walk')
        out.push(`${facts.root} is not a git checkout (or git could not be used on it): its files were listed from the folder, and requirements that depend on what is in version control or on history are reported unknown`);
    const unread = Object.values(facts.gaps ?? {}).filter((g) => g?.kind === 'unread');
    if (unread.length > 0)
        out.push(`${unread[0]?.reason}: requirements that depend on what was not read are reported unknown`);
    return out;
}

// EXTERNAL MODULE: ./src/catalog/catalog.ts + 1 modules
var catalog = __webpack_require__(7636);
// EXTERNAL MODULE: ./src/facts/security-insights/field.ts
var field = __webpack_require__(5148);
// EXTERNAL MODULE: ./src/facts/security-insights/schema.ts + 2 modules
var schema = __webpack_require__(8795);
;// CONCATENATED MODULE: ./src/model/advice.ts
// Every snippet we suggest, in one place: Security Insights entries, workflow files and document
// sections that an objective's `missing` text or a rule's remediation tells the project to add.
// __tests__/advice.test.ts applies each one to a minimal repository, evaluates it again and checks
// that the file validates and the check the snippet is for then passes, so advice can never produce
// a file our own validator rejects. Plain data with no imports from the layers above: facts, rules
// and objectives all read it.
/** The Baseline scanner entry for `repository.security.tools`. `type` is one the schema allows. */
const SCANNER_TOOL = {
    kind: 'security-insights',
    id: 'insights.scanner-tool',
    for: 'mechanizer/listed-in-security-insights',
    field: 'repository.security.tools',
    append: true,
    value: {
        name: 'Security Slam',
        type: 'other',
        rulesets: ['default'],
        integration: { adhoc: true, ci: true, release: false },
        results: {},
        comment: 'OSPS Baseline scan by security-slam-action, on push to the default branch and weekly.',
    },
};
const VULNERABILITY_CONTACT = {
    kind: 'security-insights',
    id: 'insights.vulnerability-contact',
    for: 'cleaner/security-contacts',
    field: 'project.vulnerability-reporting.contact',
    append: false,
    value: { name: 'Security team', email: 'security@example.org', primary: true },
};
const VULNERABILITY_POLICY = {
    kind: 'security-insights',
    id: 'insights.vulnerability-policy',
    for: 'cleaner/vulnerability-reporting',
    field: 'project.vulnerability-reporting',
    append: false,
    value: { 'reports-accepted': true, 'bug-bounty-available': false, policy: 'https://github.com/<owner>/<repo>/blob/main/SECURITY.md' },
};
const RELEASE_DETAILS = {
    kind: 'security-insights',
    id: 'insights.release',
    for: 'cleaner/release-practices',
    field: 'repository.release',
    append: false,
    value: {
        'automated-pipeline': true,
        'distribution-points': [{ uri: 'https://github.com/<owner>/<repo>/releases', comment: 'GitHub Releases' }],
        changelog: 'https://github.com/<owner>/<repo>/blob/main/CHANGELOG.md',
    },
};
const RECURRING_SCAN_WORKFLOW = {
    kind: 'workflow',
    id: 'workflow.recurring-baseline-scan',
    for: 'mechanizer/recurring-scan',
    file: '.github/workflows/security-slam.yml',
    text: `name: Security Slam
on:
  push:
    branches: [main]
  schedule:
    - cron: '17 4 * * 1'
permissions:
  contents: read
jobs:
  security-slam:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0
        with:
          persist-credentials: false
      - uses: security-slam/security-slam-action@<ref> # pin to the commit SHA of the release you use
`,
};
const SECRETS_POLICY = {
    kind: 'document',
    id: 'document.secrets-policy',
    for: 'OSPS-BR-07.02',
    file: 'SECURITY.md',
    heading: 'Secrets and credentials',
    body: 'The project stores its publishing tokens and signing keys as GitHub Actions environment secrets. Only maintainers can read or change them, and they are rotated every year and whenever a maintainer leaves.',
};
const RUNNING_TESTS = {
    kind: 'document',
    id: 'document.running-tests',
    for: 'OSPS-QA-06.02',
    file: 'CONTRIBUTING.md',
    heading: 'Running tests',
    body: 'Run `make test` before you open a pull request. CI runs the whole test suite on every pull request and on every push to main.',
};
const SAST_POLICY = {
    kind: 'document',
    id: 'document.sast-remediation-policy',
    for: 'OSPS-VM-06.01',
    file: 'SECURITY.md',
    heading: 'Static analysis findings',
    body: 'Static analysis (SAST) runs on every pull request. A finding of high or critical severity blocks the merge until it is fixed; medium findings are fixed within 30 days. A maintainer reviews each false positive before it is suppressed.',
};
const ROLES = {
    kind: 'document',
    id: 'document.roles-and-responsibilities',
    for: 'OSPS-GV-01.02',
    file: 'GOVERNANCE.md',
    heading: 'Roles and responsibilities',
    body: 'Contributors propose changes through pull requests. Reviewers approve changes in the areas they know. Maintainers merge changes, cut releases and decide on the roadmap.',
};
const BUILD_FROM_SOURCE = {
    kind: 'document',
    id: 'document.build-from-source',
    for: 'OSPS-DO-07.01',
    file: 'CONTRIBUTING.md',
    heading: 'Building from source',
    body: 'You need Go 1.22 or newer and make. Clone the repository and run `make build`; the binary is written to bin/.',
};
function fillSnippet(s, v) {
    const fill = (text) => text.replaceAll('<owner>', v.owner).replaceAll('<repo>', v.repo).replaceAll('<ref>', v.ref).replaceAll('security@example.org', v.email);
    return JSON.parse(fill(JSON.stringify(s)));
}
/** Every snippet, for the test that applies them. */
const SNIPPETS = [
    SCANNER_TOOL,
    VULNERABILITY_CONTACT,
    VULNERABILITY_POLICY,
    RELEASE_DETAILS,
    RECURRING_SCAN_WORKFLOW,
    SECRETS_POLICY,
    RUNNING_TESTS,
    SAST_POLICY,
    ROLES,
    BUILD_FROM_SOURCE,
];
/** A Security Insights snippet in one line of YAML flow style, for advice text ("add {name: ..., type: other, ...}"). */
function inlineYaml(v) {
    if (Array.isArray(v))
        return `[${v.map(inlineYaml).join(', ')}]`;
    if (v !== null && typeof v === 'object')
        return `{${Object.entries(v).map(([k, x]) => `${k}: ${inlineYaml(x)}`).join(', ')}}`;
    if (typeof v === 'string')
        return /^[\w.@/-]+$/.test(v) && !/^(true|false|null|\d)/.test(v) ? v : JSON.stringify(v);
    return String(v);
}
/** "Add a "Heading" section to FILE, for example: ..." */
function sectionAdvice(s, what) {
    return `Add a "${s.heading}" section to ${s.file} ${what}; for example: "${s.body}"`;
}

;// CONCATENATED MODULE: ./src/objectives/cleaner.ts
// The Cleaner objective: a Security Insights file of the current schema that validates, holds no
// placeholders, names security contacts and the vulnerability reporting process, and describes
// release practices. A file with placeholders left (a `slam insights init` draft) is unmet.



const cleaner_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';
function check(id, title, status, evidence, missing) {
    return status === 'pass' ? { id, title, status, evidence } : { id, title, status, evidence, missing };
}
const MAX_PLACEHOLDER_EVIDENCE = 10;
/** No field holds a placeholder (TODO-\u2026, https://TODO-\u2026.example, you@example.com, an empty required value). */
function placeholderCheck(si) {
    const title = 'Every value is the project\'s own (no placeholders left)';
    const ph = si.placeholders ?? [];
    if (ph.length === 0)
        return check('no-placeholders', title, 'pass', [{ kind: 'security-insights', path: si.file?.path, detail: 'No placeholder values' }]);
    const path = si.file?.path ?? 'security-insights.yml';
    const evidence = ph.slice(0, MAX_PLACEHOLDER_EVIDENCE).map((p) => ({ kind: 'security-insights', path, line: p.line, column: p.column, detail: `\`${p.field}\` is a placeholder (${p.reason})` }));
    if (ph.length > MAX_PLACEHOLDER_EVIDENCE)
        evidence.push({ kind: 'note', detail: `and ${ph.length - MAX_PLACEHOLDER_EVIDENCE} more placeholder field(s), each a warning in the Security Insights diagnostics` });
    return check('no-placeholders', title, 'fail', evidence, `Replace the ${ph.length} placeholder value(s) in ${path} with the project's real values (each is reported with its line), or remove optional fields you cannot fill; a draft with placeholders does not meet Cleaner.`);
}
function contactsCheck(si) {
    const title = 'Names at least one security contact';
    const contact = (0,field/* siField */.Hy)(si, 'project.vulnerability-reporting.contact');
    if (contact && cleaner_isObj(contact.value) && nonEmptyString(contact.value.name)) {
        const c = contact.value;
        const how = nonEmptyString(c.email) ? ` <${c.email}>` : '';
        return check('security-contacts', title, 'pass', [(0,field/* siEvidence */.m_)(si, 'project.vulnerability-reporting.contact', `Security contact: ${String(c.name)}${how}`)]);
    }
    const champions = (0,field/* siField */.Hy)(si, 'repository.security.champions');
    if (champions && Array.isArray(champions.value) && champions.value.some((c) => cleaner_isObj(c) && nonEmptyString(c.name))) {
        return check('security-contacts', title, 'pass', [(0,field/* siEvidence */.m_)(si, 'repository.security.champions', `${champions.value.length} security champion(s) listed`)]);
    }
    if (si.projectUnknownReason)
        return check('security-contacts', title, 'unknown', [{ kind: 'note', detail: si.projectUnknownReason }], 'Make the parent file readable, or add `project.vulnerability-reporting.contact` to it.');
    return check('security-contacts', title, 'fail', [(0,field/* siEvidence */.m_)(si, 'project.vulnerability-reporting', 'No security contact is named')], `Add \`${VULNERABILITY_CONTACT.field}\` naming who receives vulnerability reports, e.g. ${inlineYaml(VULNERABILITY_CONTACT.value)} with the real name and address.`);
}
function reportingCheck(si) {
    const title = 'Describes the vulnerability reporting process';
    const vr = (0,field/* siField */.Hy)(si, 'project.vulnerability-reporting');
    if (!vr || !cleaner_isObj(vr.value)) {
        if (si.projectUnknownReason)
            return check('vulnerability-reporting', title, 'unknown', [{ kind: 'note', detail: si.projectUnknownReason }], 'Make the parent file readable.');
        return check('vulnerability-reporting', title, 'fail', [(0,field/* siEvidence */.m_)(si, 'project', 'No `project.vulnerability-reporting` section')], `Add \`${VULNERABILITY_POLICY.field}\` with \`reports-accepted: true\` and \`policy\` linking to your disclosure policy (SECURITY.md), e.g. ${inlineYaml(VULNERABILITY_POLICY.value)}.`);
    }
    const v = vr.value;
    const policyField = nonEmptyString(v.policy) ? 'project.vulnerability-reporting.policy' : nonEmptyString(v['security-policy']) ? 'project.vulnerability-reporting.security-policy' : null;
    const repoPolicy = (0,field/* siField */.Hy)(si, 'repository.documentation.security-policy');
    const evidence = [];
    if (v['reports-accepted'] !== true) {
        return check('vulnerability-reporting', title, 'fail', [(0,field/* siEvidence */.m_)(si, 'project.vulnerability-reporting.reports-accepted', '`reports-accepted` is not true')], 'Set `project.vulnerability-reporting.reports-accepted: true` and describe how reports are made.');
    }
    evidence.push((0,field/* siEvidence */.m_)(si, 'project.vulnerability-reporting.reports-accepted', 'Vulnerability reports are accepted'));
    if (policyField) {
        evidence.push((0,field/* siEvidence */.m_)(si, policyField, `Disclosure policy: ${String(v.policy ?? v['security-policy'])}`));
        return check('vulnerability-reporting', title, 'pass', evidence);
    }
    if (repoPolicy && nonEmptyString(repoPolicy.value)) {
        evidence.push((0,field/* siEvidence */.m_)(si, 'repository.documentation.security-policy', `Security policy: ${repoPolicy.value}`));
        return check('vulnerability-reporting', title, 'pass', evidence);
    }
    return check('vulnerability-reporting', title, 'fail', evidence, 'Link the disclosure policy: set `project.vulnerability-reporting.policy` (or `repository.documentation.security-policy`) to your SECURITY.md.');
}
function releaseCheck(si) {
    const title = 'Describes build and release practices';
    const evidence = [];
    const dp = (0,field/* siField */.Hy)(si, 'repository.release.distribution-points');
    if (dp && Array.isArray(dp.value) && dp.value.length > 0)
        evidence.push((0,field/* siEvidence */.m_)(si, 'repository.release.distribution-points', `${dp.value.length} distribution point(s)`));
    const cl = (0,field/* siField */.Hy)(si, 'repository.release.changelog');
    if (cl && nonEmptyString(cl.value))
        evidence.push((0,field/* siEvidence */.m_)(si, 'repository.release.changelog', `Changelog: ${cl.value}`));
    const at = (0,field/* siField */.Hy)(si, 'repository.release.attestations');
    if (at && Array.isArray(at.value) && at.value.length > 0)
        evidence.push((0,field/* siEvidence */.m_)(si, 'repository.release.attestations', `${at.value.length} release attestation(s)`));
    if (evidence.length > 0)
        return check('release-practices', title, 'pass', evidence);
    return check('release-practices', title, 'fail', [(0,field/* siEvidence */.m_)(si, 'repository.release', 'No release distribution points, changelog or attestations')], `Add \`${RELEASE_DETAILS.field}\` with \`distribution-points\` (where releases are published), a \`changelog\` URL, and any \`attestations\` (provenance, SBOM), e.g. ${inlineYaml(RELEASE_DETAILS.value)}.`);
}
/** Legacy 1.x files: the same questions, answered from the 1.0.0 fields, as evidence only. */
function legacyChecks(si) {
    const d = cleaner_isObj(si.data) ? si.data : {};
    const contacts = Array.isArray(d['security-contacts']) && d['security-contacts'].length > 0;
    const vr = cleaner_isObj(d['vulnerability-reporting']) ? d['vulnerability-reporting'] : null;
    const dist = Array.isArray(d['distribution-points']) && d['distribution-points'].length > 0;
    const migrate = `(in the ${schema/* CURRENT_VERSION */.V_} file you write)`;
    return [
        check('security-contacts', 'Names at least one security contact', contacts ? 'pass' : 'fail', [(0,field/* siEvidence */.m_)(si, 'security-contacts', contacts ? 'Legacy `security-contacts` lists contacts' : 'No legacy `security-contacts`')], `Add \`project.vulnerability-reporting.contact\` ${migrate}.`),
        check('vulnerability-reporting', 'Describes the vulnerability reporting process', vr ? 'pass' : 'fail', [(0,field/* siEvidence */.m_)(si, 'vulnerability-reporting', vr ? 'Legacy `vulnerability-reporting` section' : 'No legacy `vulnerability-reporting`')], `Add \`project.vulnerability-reporting\` ${migrate}.`),
        check('release-practices', 'Describes build and release practices', dist ? 'pass' : 'fail', [(0,field/* siEvidence */.m_)(si, 'distribution-points', dist ? 'Legacy `distribution-points` listed' : 'No legacy `distribution-points`')], `Add \`repository.release\` ${migrate}.`),
    ];
}
function evaluateCleaner(si) {
    const title = 'Cleaner';
    if (!si.file) {
        const missing = `Add security-insights.yml (schema ${schema/* CURRENT_VERSION */.V_}) at the repository root; \`slam insights init\` drafts one from what the repository shows.`;
        return {
            id: 'cleaner',
            title,
            status: 'unmet',
            checks: [check('file-present', 'A Security Insights file exists', 'fail', [{ kind: 'note', detail: 'No security-insights.yml at the root or in .github/' }], missing)],
            missing: [missing],
        };
    }
    const f = si.file;
    const checks = [check('file-present', 'A Security Insights file exists', 'pass', [{ kind: 'security-insights', path: f.path, line: 1, column: 1, detail: `Found ${f.path}` }])];
    const errors = si.diagnostics.filter((d) => d.severity === 'error' && d.path === f.path);
    if (f.legacy) {
        checks.push(check('schema-valid', `Meets the current schema (${schema/* CURRENT_VERSION */.V_})`, 'fail', [(0,field/* siEvidence */.m_)(si, 'header.schema-version', `Schema ${f.schemaVersion ?? '1.x'} is the legacy format`)], `Rewrite the file in the ${schema/* CURRENT_VERSION */.V_} format as security-insights.yml at the root (\`slam insights init\` drafts one); schema 1.0.0 does not meet the current schema.`));
        checks.push(...legacyChecks(si));
    }
    else if (f.valid) {
        checks.push(check('schema-valid', `Meets the current schema (${schema/* CURRENT_VERSION */.V_})`, 'pass', [(0,field/* siEvidence */.m_)(si, 'header.schema-version', `Validates as schema ${f.schemaVersion ?? ''}`.trim())]));
    }
    else {
        const ev = errors.slice(0, 5).map((d) => ({ kind: 'security-insights', path: d.path, line: d.line || undefined, column: d.column || undefined, detail: d.message }));
        if (ev.length === 0)
            ev.push({ kind: 'security-insights', path: f.path, detail: 'The file does not validate' });
        const more = errors.length > 5 ? ` (${errors.length} errors in all)` : '';
        checks.push(check('schema-valid', `Meets the current schema (${schema/* CURRENT_VERSION */.V_})`, 'fail', ev, `Fix the schema errors in ${f.path}${more}; each is reported with its line and column.`));
    }
    if (!f.legacy)
        checks.push(placeholderCheck(si), contactsCheck(si), reportingCheck(si), releaseCheck(si));
    // Advisory: the event asks for the file at the root; the specification also accepts .github/.
    const rootMissing = f.atRoot ? undefined : `Move ${f.path} to security-insights.yml at the repository root, where the Security Slam looks for it (advisory; does not block this objective).`;
    checks.push(check('at-root', 'File is at the repository root (advisory, does not block)', f.atRoot && f.nameIsStandard ? 'pass' : 'fail', [{ kind: 'security-insights', path: f.path, detail: f.atRoot ? `At the root as ${f.path}` : `Found at ${f.path}, not at the root` }], rootMissing ?? `Rename ${f.path} to security-insights.yml (advisory; does not block this objective).`));
    const blocking = checks.filter((c) => c.id !== 'at-root');
    const anyFail = blocking.some((c) => c.status === 'fail');
    const anyUnknown = blocking.some((c) => c.status === 'unknown');
    // A file still holding placeholders is a draft, not the project's statement: unmet, whatever else it has.
    const draft = checks.some((c) => c.id === 'no-placeholders' && c.status === 'fail');
    const status = draft ? 'unmet' : anyFail ? 'partial' : anyUnknown ? 'unknown' : 'met';
    const missing = checks.filter((c) => c.status !== 'pass' && c.missing).map((c) => c.missing);
    return { id: 'cleaner', title, status, checks, missing };
}

;// CONCATENATED MODULE: ./src/rules/helpers/insights.ts
// Security Insights as evidence for Baseline requirements (docs/security-insights.md has the map).
// A declaration no machine can check is `attested` with the field as evidence; a link into the
// repository is checked against the tree; a declaration that the practice is absent is a `fail`.


/**
 * The project's Security Insights file by the path it has (`security-insights.yaml`,
 * `.github/security-insights.yml`), for advice that names it; the standard name when there is no
 * current file to extend (none, or a legacy 1.x file, which advice asks to rewrite).
 */
function insightsFile(facts) {
    const f = facts.securityInsights.file;
    return f && !f.legacy ? f.path : 'security-insights.yml';
}
function adviceText(advice, facts) {
    return typeof advice === 'string' ? advice : advice(facts);
}
/** Reads one Security Insights field and classifies what it declares. */
function declaration(facts, field, what) {
    const si = facts.securityInsights;
    if (!si.file || si.file.legacy)
        return { state: 'absent' };
    if (field.startsWith('project.') && si.projectUnknownReason)
        return { state: 'unknown', reason: si.projectUnknownReason };
    const f = (0,security_insights/* siField */.Hy)(si, field);
    if (!f || f.value === null || f.value === undefined)
        return { state: 'absent' };
    const v = f.value;
    if (v === false || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0))
        return { state: 'negative', evidence: (0,security_insights/* siEvidence */.m_)(si, field, `${what}: ${field} says ${JSON.stringify(v)}`) };
    if (typeof v === 'string') {
        const path = inRepoPath(facts, v);
        if (path === 'missing')
            return { state: 'broken-link', evidence: (0,security_insights/* siEvidence */.m_)(si, field, `${what}: ${field} links to a file that is not in the repository`), target: v };
        if (path)
            return { state: 'in-repo', evidence: (0,security_insights/* siEvidence */.m_)(si, field, `${what}: ${field} links to ${path}`), path };
        return { state: 'declared', evidence: (0,security_insights/* siEvidence */.m_)(si, field, `${what}: ${field} declares ${insights_short(v)}`), value: v };
    }
    return { state: 'declared', evidence: (0,security_insights/* siEvidence */.m_)(si, field, `${what}: declared in ${field}`), value: v };
}
/** The first of several fields that declares something (in-repo links first). */
function firstDeclaration(facts, fields, what) {
    const all = fields.map((f) => declaration(facts, f, what));
    return (all.find((d) => d.state === 'in-repo') ??
        all.find((d) => d.state === 'declared') ??
        all.find((d) => d.state === 'broken-link') ??
        all.find((d) => d.state === 'negative') ??
        all.find((d) => d.state === 'unknown') ?? { state: 'absent' });
}
/** The raw field, for rules that read structured values (contacts, tools, attestations). */
function insightsField(facts, field) {
    const si = facts.securityInsights;
    if (!si.file || si.file.legacy)
        return undefined;
    return (0,security_insights/* siField */.Hy)(si, field);
}
function insightsEvidence(facts, field, detail) {
    return (0,security_insights/* siEvidence */.m_)(facts.securityInsights, field, detail);
}
/**
 * The repository path a link points at: a relative path or a github.com URL of this repository.
 * 'missing' when it points into this repository at nothing; null when it points elsewhere.
 */
function inRepoPath(facts, link) {
    const exists = (p) => {
        const clean = p.replace(/^\.?\//, '').replace(/(?<!\/)\/+$/, '');
        return clean === '' || facts.files.some((f) => f.path === clean || f.path.startsWith(clean + '/'));
    };
    if (!/^[a-z][a-z0-9+.-]*:/i.test(link)) {
        const p = link.replace(/[#?][^]*/, '');
        return exists(p) ? p.replace(/^\.?\//, '') : 'missing';
    }
    const repo = facts.context.repository?.toLowerCase();
    if (!repo)
        return null;
    const candidates = (0,checks/* repoPathCandidates */.ig)(link, repo);
    if (candidates === null)
        return null;
    // The split with a plain ref (`blob/main/<path>`) first; a ref with slashes (`blob/release/1.2/<path>`)
    // only when that path is missing, and only a ref that could be a branch (repoPathCandidates leaves
    // out `main/.github`), so `blob/main/.github/CONTRIBUTING.md` is not found as a root CONTRIBUTING.md.
    const [plain, ...slashed] = candidates;
    if (plain !== undefined && exists(plain))
        return plain;
    return slashed.find(exists) ?? 'missing';
}
function insights_short(v) {
    return v.length > 120 ? `"${v.slice(0, 117)}\u2026"` : `"${v}"`;
}

// EXTERNAL MODULE: ./src/objectives/helpers.ts
var helpers = __webpack_require__(7425);
;// CONCATENATED MODULE: ./src/objectives/chronicler.ts
// Objective 2, Chronicler: the documentation the Baseline requires at the project's level (the
// OSPS-DO family plus the documents other families require: contribution guide OSPS-GV-03,
// disclosure policy and contacts OSPS-VM-01/02/03, governance OSPS-GV-01 at Level 2+), each linked
// from Security Insights where the schema has a field for it.
//
// One check per requirement: the document is there (the control passes, is not applicable, or is
// attested with a link) and, when Security Insights has a field for it, that field links it.



/** Which requirements are documentation requirements for Chronicler. */
function isChroniclerRequirement(id) {
    return /^OSPS-(DO-\d\d|GV-0[13]|VM-0[123])\.\d\d$/.test(id);
}
/** The document each requirement asks for and the Security Insights field that links it (schema 2.x). */
const DOC_SPECS = {
    'OSPS-DO-01.01': { document: 'a user guide covering the basic functionality', file: 'docs/user-guide.md', fields: ['project.documentation.detailed-guide', 'project.documentation.quickstart-guide'] },
    'OSPS-DO-02.01': { document: 'a guide to reporting defects (a bug report template or a "Reporting bugs" section)', file: '.github/ISSUE_TEMPLATE/bug_report.yml', fields: [] },
    'OSPS-DO-03.01': { document: 'instructions for verifying the integrity and authenticity of releases', file: 'docs/verify-release.md', fields: ['project.documentation.signature-verification'] },
    'OSPS-DO-03.02': { document: 'instructions for verifying who or what produced a release (provenance)', file: 'docs/verify-release.md', fields: ['project.documentation.signature-verification'] },
    'OSPS-DO-04.01': { document: 'a support policy stating the scope and duration of support per release', file: 'SUPPORT.md', fields: ['project.documentation.support-policy'] },
    'OSPS-DO-05.01': { document: 'a statement of when releases stop receiving security updates (end of life)', file: 'SUPPORT.md', fields: ['project.documentation.support-policy'] },
    'OSPS-DO-06.01': { document: 'a dependency management policy (how dependencies are selected, obtained and tracked)', file: 'docs/dependencies.md', fields: ['repository.documentation.dependency-management-policy'] },
    'OSPS-DO-07.01': { document: 'instructions for building the software from source', file: 'CONTRIBUTING.md', fields: [] },
    'OSPS-GV-01.01': { document: 'a list of members with access to sensitive resources', file: 'GOVERNANCE.md', fields: ['repository.documentation.governance'] },
    'OSPS-GV-01.02': { document: 'a description of the roles and responsibilities of members', file: 'GOVERNANCE.md', fields: ['repository.documentation.governance'] },
    'OSPS-GV-03.01': { document: 'a contribution guide explaining the contribution process', file: 'CONTRIBUTING.md', fields: ['repository.documentation.contributing-guide'] },
    'OSPS-GV-03.02': { document: 'a contributor guide setting requirements for acceptable contributions', file: 'CONTRIBUTING.md', fields: ['repository.documentation.contributing-guide'] },
    'OSPS-VM-01.01': { document: 'a coordinated disclosure policy that states a response time', file: 'SECURITY.md', fields: ['project.vulnerability-reporting.policy', 'repository.documentation.security-policy'] },
    'OSPS-VM-02.01': { document: 'the security contacts', file: 'SECURITY.md', fields: ['repository.documentation.security-policy', 'project.vulnerability-reporting.policy', 'project.vulnerability-reporting.contact'] },
    'OSPS-VM-03.01': { document: 'how to report vulnerabilities privately to the security contacts', file: 'SECURITY.md', fields: ['project.vulnerability-reporting.policy', 'repository.documentation.security-policy'] },
};
const MAX_EVIDENCE = 5;
function linkState(facts, spec, id) {
    let problem = null;
    let unknown = null;
    for (const field of spec.fields) {
        const d = declaration(facts, field, `${id} document`);
        if (d.state === 'in-repo' || d.state === 'declared')
            return { linked: d, problem: null, unknown: null };
        if ((d.state === 'broken-link' || d.state === 'negative') && !problem)
            problem = d;
        if (d.state === 'unknown' && !unknown)
            unknown = d;
    }
    return { linked: null, problem, unknown };
}
function evaluateChroniclerDetailed(facts, controls, level) {
    const byId = (0,helpers/* controlMap */.wZ)(controls);
    const ids = (0,catalog/* requirementsAt */.Gw)(level)
        .map((r) => r.id)
        .filter(isChroniclerRequirement);
    const si = facts.securityInsights;
    const siUsable = si.file !== null && !si.file.legacy;
    const siPath = si.file?.path ?? 'security-insights.yml';
    const checks = [];
    const actions = [];
    let okDocs = 0;
    for (const id of ids) {
        const c = byId.get(id);
        const spec = DOC_SPECS[id] ?? { document: `the documentation ${id} asks for`, fields: [] };
        const s = (0,helpers/* satisfaction */.$l)(c);
        const title = `${id}: ${c?.title ?? spec.document}`;
        const evidence = (c?.evidence ?? []).slice(0, MAX_EVIDENCE);
        const field = spec.fields[0];
        const fieldText = field ? ` and link it from \`${field}\` in ${siPath}` : '';
        if (s.state === 'fail' || s.state === 'missing' || s.state === 'weak-attestation') {
            const why = s.state === 'weak-attestation'
                ? `${id} is only declared; add ${spec.document}${spec.file ? ` (e.g. ${spec.file})` : ''}${field ? ` and set \`${field}\` to its URL` : ''}`
                : `add ${spec.document}${spec.file ? ` (e.g. ${spec.file})` : ''}${fieldText}`;
            if (s.state === 'missing')
                evidence.push({ kind: 'note', detail: `${id} is not in the result` });
            checks.push({ id, title, status: 'fail', evidence, missing: why });
            actions.push({ checkId: id, text: why, requirement: id, ...(field ? { field } : {}), ...(spec.file ? { file: spec.file } : {}) });
            continue;
        }
        if (s.state === 'unknown') {
            // Not observable here, but Security Insights links the document: that is an attestation with a link.
            const siLink = siUsable && spec.fields.length > 0 ? linkState(facts, spec, id).linked : null;
            if (siLink && (siLink.state === 'in-repo' || siLink.state === 'declared')) {
                okDocs++;
                checks.push({ id, title, status: 'pass', evidence: [...evidence.slice(0, MAX_EVIDENCE - 1), siLink.evidence] });
                continue;
            }
            const why = c?.evidence.find((e) => e.kind === 'note')?.detail ?? 'could not be observed';
            const text = `${id} could not be decided (${why}); make sure ${spec.document} exists${fieldText}`;
            checks.push({ id, title, status: 'unknown', evidence, missing: text });
            actions.push({ checkId: id, text, requirement: id, ...(field ? { field } : {}), ...(spec.file ? { file: spec.file } : {}) });
            continue;
        }
        okDocs++;
        if (s.how === 'not-applicable' || spec.fields.length === 0) {
            checks.push({ id, title, status: 'pass', evidence });
            continue;
        }
        // The document is there: is it linked from Security Insights?
        const where = s.how === 'attested' ? s.link : documentPath(c);
        const link = siUsable ? linkState(facts, spec, id) : null;
        if (link?.linked) {
            const ev = link.linked.state === 'in-repo' || link.linked.state === 'declared' ? link.linked.evidence : undefined;
            checks.push({ id, title, status: 'pass', evidence: ev ? [...evidence.slice(0, MAX_EVIDENCE - 1), ev] : evidence });
            continue;
        }
        if (link?.unknown && !link.problem) {
            const reason = link.unknown.state === 'unknown' ? link.unknown.reason : '';
            const text = `make the Security Insights parent file readable so \`${field}\` can be read (${reason})`;
            checks.push({ id, title, status: 'unknown', evidence: [...evidence, { kind: 'note', detail: reason }], missing: text });
            actions.push({ checkId: id, text, requirement: id, field });
            continue;
        }
        let text;
        if (!si.file)
            text = `add ${siPath} and link ${where ?? spec.document} from \`${field}\``;
        else if (si.file.legacy)
            text = `link ${where ?? spec.document} from \`${field}\` in a Security Insights 2.x file (${si.file.path} is schema 1.x)`;
        else if (link?.problem && (link.problem.state === 'broken-link' || link.problem.state === 'negative')) {
            evidence.push(link.problem.evidence);
            text =
                link.problem.state === 'broken-link'
                    ? `${siPath} links ${id}'s document to ${link.problem.target}, which is not in the repository, while ${where ?? 'the document'} is; point \`${field}\` at ${where ?? 'it'}`
                    : `${siPath} says there is no such document while ${where ?? 'one'} exists; set \`${field}\` to ${where ?? 'its URL'}`;
        }
        else
            text = `link ${where ?? spec.document} from \`${field}\` in ${siPath}`;
        checks.push({ id, title, status: 'fail', evidence, missing: text });
        actions.push({ checkId: id, text, requirement: id, field, file: siPath });
    }
    const fails = checks.filter((c) => c.status === 'fail');
    const unknowns = checks.filter((c) => c.status === 'unknown');
    let status;
    if (fails.length === 0 && unknowns.length === 0)
        status = 'met';
    else if (fails.length === 0)
        status = 'unknown';
    else if (okDocs === 0)
        status = 'unmet';
    else
        status = 'partial';
    const missing = [...fails, ...unknowns].map((c) => c.missing);
    return { result: { id: 'chronicler', title: 'Chronicler: the documentation the Baseline requires, linked from Security Insights', status, checks, missing }, actions };
}
/** The document a passing control points at (its first file evidence). */
function documentPath(c) {
    return c?.evidence.find((e) => e.kind === 'file' && e.path)?.path;
}
function evaluateChronicler(facts, controls, level) {
    return evaluateChroniclerDetailed(facts, controls, level).result;
}

;// CONCATENATED MODULE: ./src/rules/helpers/sections.ts
// Finding sections in documents. Documents are judged by their outlines (src/facts/markdown.ts): a
// section counts when its heading names the topic and its body has prose (not an empty heading, not
// a table of contents); headings examined per document are bounded.

/** Headings examined per document; a README with thousands of headings stays linear and bounded. */
const MAX_HEADINGS_PER_DOC = 5_000;
/** Per outline: for each heading, the line of the next heading of the same or a higher level. Computed once, in one pass. */
const SECTION_ENDS = new WeakMap();
/** The line after the last line of a heading's section (next heading of the same or a higher level). */
function sectionEnd(doc, h) {
    const o = doc.outline;
    if (!o)
        return Number.MAX_SAFE_INTEGER;
    let ends = SECTION_ENDS.get(o);
    if (!ends) {
        ends = new Map();
        const open = [];
        for (const x of o.headings) {
            while (open.length > 0 && open[open.length - 1].level >= x.level)
                ends.set(open.pop(), x.line);
            open.push(x);
        }
        SECTION_ENDS.set(o, ends);
    }
    return ends.get(h) ?? Number.MAX_SAFE_INTEGER;
}
/** E-mail addresses written inside a heading's section (subsections included). */
function sectionEmails(doc, h) {
    const end = sectionEnd(doc, h);
    return (doc.outline?.emails ?? []).filter((e) => e.line > h.line && e.line < end);
}
/** Links written inside a heading's section (subsections included); links are in line order. */
function sectionLinks(doc, h) {
    const links = doc.outline?.links ?? [];
    const end = sectionEnd(doc, h);
    let lo = 0;
    let hi = links.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (links[mid].line <= h.line)
            lo = mid + 1;
        else
            hi = mid;
    }
    const out = [];
    for (let i = lo; i < links.length && links[i].line < end; i++)
        out.push(links[i]);
    return out;
}
/** A section with prose: not an empty heading, not only a list of links, not template text. */
function hasBody(h, minChars) {
    return h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars) && h.template === undefined;
}
/**
 * The first section left as template text (see Heading.template) whose heading passes `test`, in
 * documents of the given roles: no evidence, but worth naming when the requirement fails.
 */
function templateSectionWhere(facts, roles, test) {
    for (const role of roles)
        for (const doc of documents_documentsOf(facts.documents, role))
            for (const h of (doc.outline?.headings ?? []).slice(0, MAX_HEADINGS_PER_DOC))
                if (h.template !== undefined && test(h))
                    return { doc, heading: h };
    return undefined;
}
/**
 * The first section, in documents of the given roles (in order), whose heading passes `test` and
 * whose body has at least `minChars` of prose. `test` may look at the section's links.
 */
function findSectionWhere(facts, roles, test, minChars = 40) {
    for (const role of roles) {
        for (const doc of documents_documentsOf(facts.documents, role)) {
            const hit = sectionIn(doc, test, minChars);
            if (hit)
                return { doc, heading: hit };
        }
    }
    return undefined;
}
function sectionIn(doc, test, minChars = 40) {
    const hs = doc.outline?.headings ?? [];
    const n = Math.min(hs.length, MAX_HEADINGS_PER_DOC);
    for (let i = readmeTitle(doc) ? 1 : 0; i < n; i++) {
        const h = hs[i];
        if (hasBody(h, minChars) && test(h, doc))
            return h;
    }
    return undefined;
}
/**
 * Whether the README opens with a title: a first heading of level 1 names the project or says
 * what it is ("Dependency Management for PHP", composer's), and its section is the whole README,
 * not a section on that topic.
 */
function readmeTitle(doc) {
    return doc.role === 'readme' && doc.outline?.headings[0]?.level === 1;
}
/** A heading test from a regular expression (and an optional exclusion). */
function headingIs(re, not) {
    return (h) => re.test(h.text) && !(not && not.test(h.text));
}
/** Guides are mostly commands in code blocks, which the outline does not count: a sentence of prose suffices. */
const GUIDE_MIN_CHARS = 30;
/**
 * The first section, in documents of the given roles (in order), whose heading matches and whose
 * body tells the reader something (not an empty heading, not a table of contents).
 */
function findSectionIn(facts, roles, heading, minChars = 40) {
    for (const role of roles) {
        for (const doc of documentsOf(facts.documents, role)) {
            const h = doc.outline?.headings.find((x, i) => !(i === 0 && readmeTitle(doc)) && heading.test(x.text) && hasBody(x, minChars));
            if (h)
                return { doc, heading: h };
        }
    }
    return undefined;
}
function sectionEvidence(hit, what) {
    return { kind: 'file', path: hit.doc.path, line: hit.heading.line, detail: `${what}: section "${hit.heading.text}" (${kindWords(hit.doc, hit.heading)})${linkedFrom(hit.doc)}` };
}
/** " (linked from CONTRIBUTING.md:5)" for a document reached by a link, else ''. */
function linkedFrom(doc) {
    return doc.via ? ` (linked from ${doc.via.path}:${doc.via.line})` : '';
}
/**
 * Which kind of document evidence came from, in words (the result's evidence carries it in its
 * detail). A section of a product document is called project-level only when it is one.
 */
function kindWords(doc, h) {
    if (doc.role === 'readme')
        return 'project section of the README';
    if (doc.kind === 'project')
        return 'project document';
    return h === undefined || projectSection(doc, h) ? 'product document, project-level section' : 'product document';
}
/** Headings that speak for the project rather than the product, in any document. */
const PROJECT_HEADING = /\b(?:governance|maintainers?|maintainership|committers?|contribut\w*|community|project (?:roles|team|members|structure|organi[sz]ation|leadership|governance|management|policies)|steering|tsc|core team|team members|security (?:policy|team|contacts?|response|process)|reporting (?:a )?(?:security|vulnerabilit\w*)|vulnerabilit\w* (?:reporting|disclosure|management)|disclosure|support (?:policy|lifecycle)|supported versions|getting support|release (?:process|policy|cadence|schedule)|releasing|code of conduct|development|developing|developer (?:setup|guide)|from source|build(?:ing)? instructions|how to build|hacking|decision[- ]making|roles and responsibilities|membership|becoming an? (?:maintainer|committer|reviewer|member)|contributor ladder|who we are|our team)\b/i;
/** Per outline: each heading's parent heading (the nearest earlier heading of a lower level). */
const PARENTS = new WeakMap();
/** The headings above `h` in its document, nearest first, at most six (its section's context). */
function ancestors(doc, h) {
    const o = doc.outline;
    if (!o)
        return [];
    let parents = PARENTS.get(o);
    if (!parents) {
        parents = new Map();
        const open = [];
        for (const x of o.headings) {
            while (open.length > 0 && open[open.length - 1].level >= x.level)
                open.pop();
            if (open.length > 0)
                parents.set(x, open[open.length - 1]);
            open.push(x);
        }
        PARENTS.set(o, parents);
    }
    const out = [];
    for (let p = parents.get(h); p && out.length < 6; p = parents.get(p))
        out.push(p);
    return out;
}
/**
 * True when a section speaks for the project: any section of a project document other than the
 * README; in the README or a product document, a section whose heading (or a heading above it) is
 * project-level ("Governance", "Contributing", "Security policy", "Building from source"). So
 * "IAM Role for Service Account" in an operator guide is not the project's roles.
 */
function projectSection(doc, h) {
    if (doc.kind === 'project' && doc.role !== 'readme')
        return true;
    return PROJECT_HEADING.test(h.text) || ancestors(doc, h).some((a) => PROJECT_HEADING.test(a.text));
}
/** The heading whose section holds a line (the nearest heading above it), or undefined before the first heading. */
function headingAt(doc, line) {
    const hs = doc.outline?.headings ?? [];
    let lo = 0;
    let hi = hs.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (hs[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 ? hs[lo - 1] : undefined;
}
/** True when a line of a document speaks for the project: a project document, or a project-level section of the README or a product document. */
function projectLine(doc, line) {
    if (doc.kind === 'project' && doc.role !== 'readme')
        return true;
    if (doc.role === 'readme')
        return true;
    const h = headingAt(doc, line);
    return h !== undefined && projectSection(doc, h);
}
/** findSectionWhere for governance-type requirements: only sections that speak for the project (see projectSection). */
function findProjectSection(facts, roles, test, minChars = 40) {
    return findSectionWhere(facts, roles, (h, doc) => test(h, doc) && projectSection(doc, h), minChars);
}
/** A document with enough prose to say something (more than a title). */
function substantive(doc, minChars = 80) {
    return doc.outline !== null && doc.outline.proseChars >= minChars;
}

;// CONCATENATED MODULE: ./src/rules/helpers/statements.ts
// Reading what a section says. The outline carries the start of each section's own prose
// (`Heading.body`, code excluded, whitespace collapsed) and code (`Heading.code`). Rules read
// statements sentence by sentence, in one section at a time, so that words from different places
// never combine into a finding.



/** The sentences of a section's prose: split at sentence ends, semicolons, thematic breaks (---), list items and table cells. */
function sentencesOf(body) {
    const text = body.replace(/\*\*|__|(?<![\w*])[*_](?=\w)|(?<=\w)[*_](?![\w*])/g, '').replace(/\[([^[\]]*)\]\([^)[\]]*\)/g, '$1');
    return text
        .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(\[])|;\s+|(?<!\s)\s+(?:-{3,}|\*{3,}|_{3,})(?=\s|$)|(?<!\s)\s+(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?|(?<!\s)\s*\|\s*|(?<!\s)\s+-\s+\[[ xX]\]\s+/)
        .map((s) => s.replace(/^(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim())
        .filter((s) => s.length > 0);
}
/**
 * The first sentence of `body` that `statement` matches and `reject` does not (a negation or a
 * softening such as "optional", "we do not require"). Null when none.
 */
function statementIn(body, statement, reject) {
    // The whole body is tried first, to skip splitting most sections; a pattern anchored at the
    // start of a sentence (^) can only be tried sentence by sentence.
    if (!body || (!statement.source.startsWith('^') && !statement.test(body)))
        return null;
    for (const s of sentencesOf(body))
        if (statement.test(s) && !(reject && reject.test(s)))
            return s;
    return null;
}
/** True when some sentence of `body` matches `statement` but is rejected (a negated or softened statement). */
function negatedIn(body, statement, reject) {
    if (!body || !statement.test(body))
        return false;
    return sentencesOf(body).some((s) => statement.test(s) && reject.test(s));
}
/**
 * The first section, in documents of the given roles (in order), whose own prose contains a
 * sentence stating `statement` (and not rejected). Template sections are skipped.
 */
function findStatementIn(facts, roles, statement, options = {}) {
    const seen = new Set();
    for (const role of roles) {
        for (const doc of documents_documentsOf(facts.documents, role)) {
            if (seen.has(doc.path))
                continue;
            seen.add(doc.path);
            const hit = statementInDoc(doc, statement, options.anySection ? options : { ...options, where: (h) => projectSection(doc, h) });
            if (hit)
                return hit;
        }
    }
    return undefined;
}
/** The first statement in one document (see findStatementIn). */
function statementInDoc(doc, statement, options = {}) {
    const lead = options.lead ? doc.outline?.leadSection : undefined;
    const hs = lead ? [lead, ...(doc.outline?.headings ?? [])] : (doc.outline?.headings ?? []);
    const n = Math.min(hs.length, options.maxHeadings ?? 5_000);
    for (let i = 0; i < n; i++) {
        const h = hs[i];
        if (!h.body || (options.heading && !options.heading.test(h.text)) || isTemplateSection(h) || (options.where && !options.where(h)))
            continue;
        const sentence = statementIn(h.body, statement, options.reject);
        if (sentence)
            return { doc, heading: h, sentence };
    }
    return undefined;
}
/** Evidence for a statement: the line of the sentence, quoted, with its section. */
function statementEvidence(hit, what) {
    const section = hit.heading.level === 0 ? ' (before any heading)' : ` (section "${hit.heading.text}")`;
    return { kind: 'file', path: hit.doc.path, line: bodyLineOf(hit.heading, hit.sentence.trim()), detail: `${what}: "${quoteSentence(hit.sentence)}"${section}` };
}
function quoteSentence(s, max = 160) {
    const one = s.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
    return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
/**
 * True when a section's prose is template text (GitHub's unfilled SECURITY.md, placeholder lines,
 * bracketed instructions): the outline marks it (src/facts/placeholder.ts decides).
 */
function isTemplateSection(h) {
    return h.template !== undefined;
}

;// CONCATENATED MODULE: ./src/rules/helpers/evidence.ts
/** The concrete API URL of a templated endpoint such as `GET /repos/{owner}/{repo}/branches/{branch}`. */
function endpointUrl(facts, endpoint) {
    const [owner = '', repo = ''] = (facts.github.repository || facts.context.repository || '').split('/');
    const branch = facts.github.branchProtection.branch ?? facts.github.defaultBranch.name ?? facts.context.defaultBranch ?? '';
    const path = endpoint
        .replace(/^[A-Z]+\s+/, '')
        .replace('{owner}', encodeURIComponent(owner))
        .replace('{repo}', encodeURIComponent(repo))
        .replace('{branch}', encodeURIComponent(branch));
    return `${facts.github.apiUrl.replace(/(?<!\/)\/+$/, '')}${path}`;
}
function apiEvidence(facts, endpoint, detail) {
    return { kind: 'api', url: endpointUrl(facts, endpoint), detail: `${detail} (${endpoint})` };
}
/** What String.prototype.localeCompare uses, made once: a collator per comparison is most of a sort's time. */
const COLLATOR = new Intl.Collator();
function depth(path) {
    let n = 0;
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
        n++;
    return n;
}
/** Paths nearest the root first (the project's own manifest before those of sub-packages). */
function shallowestFirst(paths) {
    return paths
        .map((path) => ({ path, depth: depth(path) }))
        .sort((a, b) => a.depth - b.depth || COLLATOR.compare(a.path, b.path))
        .map((p) => p.path);
}
// The result keeps the evidence the reports point to ("N more in the result file"); only a list past
// this bound, which a hostile tree reaches, is cut, with a line that says so.
const evidence_MAX_EVIDENCE = 200;
/** Caps a list of evidence, adding a line that says how many were left out. */
function capEvidence(items, max = evidence_MAX_EVIDENCE) {
    if (items.length <= max)
        return items;
    return [...items.slice(0, max), { kind: 'note', detail: `and ${items.length - max} more, not kept in the result (the first ${max} of ${items.length} are)` }];
}
function fileEvidence(path, detail, line, column) {
    const e = { kind: 'file', path, detail };
    if (line !== undefined)
        e.line = line;
    if (column !== undefined)
        e.column = column;
    return e;
}
/** Turns an unknown API answer into the words of an `unknown` outcome: what failed and what would decide it. */
function apiUnknownDetail(answer, what) {
    const perm = answer.permission ? `; a token with ${answer.permission} would decide it` : '';
    return `${what} could not be read from the GitHub API: ${answer.reason}${perm}`;
}

;// CONCATENATED MODULE: ./src/rules/helpers/mfa.ts
// The project's statement that multi-factor authentication is required (OSPS-AC-01.01, and the CRA
// Readiness objective): a section about MFA whose prose does not deny it, or a sentence in any
// section that says it is required. "Optional", "recommended" or "not required" is not such a
// statement.




const MFA_HEADING = /two[- ]?factor|\b2fa\b|multi[- ]?factor|\bmfa\b|passkeys?|second factor/i;
const MFA_WORD = /two[- ]?factor|\b2fa\b|multi[- ]?factor|\bmfa\b|\bpasskeys?\b|second factor|two[- ]step (verification|authentication)/i;
/** A sentence that says MFA is required or enforced: the MFA words and a word of obligation. */
const MFA_STATEMENT = new RegExp(`^(?=.*(?:${MFA_WORD.source}))(?=.*\\b(must|required?|requires|requiring|enforced?|enforces|enforcing|mandatory|mandated|shall|ha(?:ve|s) to|needs? to|(?:is|are) (?:turned on|enabled|on) for (?:all|every)|(?:all|every|each) (?:\\w+ ){0,3}(?:use|uses|have|has|enable|enabled)\\b))`, 'i');
/** Negations and softenings: "we do not require 2FA", "2FA is optional", "we recommend 2FA". */
const MFA_NOT = /\b(not|no(?! exceptions?\b)|never|\w+n[\u2019']t|cannot|without|optional|recommend\w*|encourag\w*|should|may|might|consider|suggest\w*|voluntary|if you (?:want|like|wish))\b/i;
const MFA_ROLES = ['security', 'governance', 'contributing', 'maintainers', 'cra-readiness', 'readme', 'docs'];
/** True when a section's prose about MFA does not require it ("not required", "optional", "we recommend"). */
function mfaDenied(body) {
    return negatedIn(body, MFA_WORD, MFA_NOT) || (!!body && MFA_NOT.test(body) && statementIn(body, MFA_STATEMENT, MFA_NOT) === null);
}
/** Answers per run: OSPS-AC-01.01 and the CRA Readiness objective ask the same facts, and the search reads every document's sections. */
const answered = new WeakMap();
/**
 * The project's statement that MFA is required: a section about MFA whose prose does not deny it,
 * or a sentence in any section that says so. Shared with the CRA Readiness objective.
 */
function mfaStatement(facts) {
    if (answered.has(facts))
        return answered.get(facts) ?? null;
    const found = findMfaStatement(facts);
    answered.set(facts, found);
    return found;
}
function findMfaStatement(facts) {
    const roles = [...MFA_ROLES];
    const sentence = findStatementIn(facts, roles, MFA_STATEMENT, { reject: MFA_NOT });
    if (sentence)
        return { evidence: statementEvidence(sentence, 'the project states a multi-factor authentication requirement') };
    let denied;
    for (const role of roles)
        for (const doc of documents_documentsOf(facts.documents, role))
            for (const h of doc.outline?.headings ?? []) {
                if (!MFA_HEADING.test(h.text) || h.sectionChars < 40 || (h.linkListOnly && h.sectionChars === h.ownChars))
                    continue;
                if (mfaDenied(h.body)) {
                    denied ??= fileEvidence(doc.path, `a section about multi-factor authentication does not require it: "${quoteSentence(h.body, 120)}" (section "${h.text}")`, h.line);
                    continue;
                }
                return { evidence: sectionEvidence({ doc, heading: h }, 'the project states a multi-factor authentication policy') };
            }
    return denied ? { denied } : null;
}

;// CONCATENATED MODULE: ./src/objectives/cra-readiness.ts
// Objective 6, CRA Readiness: voluntary readiness for the EU Cyber Resilience Act as the event's
// guide defines it, eight items plus the readiness document:
//   (1) a security and vulnerability management policy covering secure development practices,
//       risk handling, security contacts, reporting/fixing/coordinated disclosure, and the support
//       period with its end of life; (2) contributing guidance that links to the secure development
//       practices; (3) release documentation; (4) a bug-reporting guide distinct from security
//       reporting; (5) MFA enforced for contributors, stated by the project; (6) branch protection
//       or rulesets on the default branch; (7) a LICENSE or COPYING file, ideally OSI-approved;
//       (8) OSPS Baseline Level 1. The readiness document (CRA-READINESS.md), linked from the
//       README, carries a disclaimer that the maintainers take on no CRA obligations and give no
//       compliance assurance.
// Documents are read as outlines (headings with the size of their sections, links, and the start of
// each section's prose): a topic counts when a heading names it and its section has a body, or when
// a sentence of a section's prose states it ("We follow secure development practices: ...", "The
// maintainers take on no CRA obligations"). A sentence that denies it ("we have no threat model")
// does not count, and neither does GitHub's unfilled SECURITY.md template.









/** The five points the policy must cover, each found by a heading with a body or a sentence of prose. */
const POLICY_TOPICS = [
    {
        id: 'secure-development',
        name: 'secure development practices',
        heading: /secure[- ](software[- ])?(development|coding|design|by[- ]design|engineering)|security[- ](development )?practices|development[- ]practices|\bssdf\b|supply[- ]chain security|hardening/i,
        prose: /\bsecure[- ](?:software[- ])?(?:development|coding|design|engineering)\b|\bsecurity (?:development )?practices\b|\bssdf\b|\bsecure[- ]by[- ](?:design|default)\b|\b(?:all|every) (?:changes?|pull requests?|commits?|contributions?) (?:are|is|must be|get) (?:\w+ )?reviewed\b.*\b(?:codeql|sast|static analysis|fuzz\w*|dependency review|scorecard|signed|pinned)\b/i,
        suggest: 'Secure development practices',
    },
    {
        id: 'risk-handling',
        name: 'how project risks are handled',
        heading: /\brisks?\b|threat[- ]model|security[- ](self-)?assessment|incident[- ]response|security[- ]model/i,
        prose: /\bthreat[- ]model\w*|\brisk (?:assessments?|analysis|management|register|treatment)\b|\bsecurity (?:self-)?assessments?\b|\bincident[- ]response\b|\b(?:security )?risks? (?:are|is) (?:assessed|reviewed|tracked|handled|managed|triaged)\b/i,
        suggest: 'Handling security risks',
    },
    {
        id: 'contacts',
        name: 'security contact information',
        heading: /contact|security[- ]team|who to (contact|report)|security[- ](response )?(team|committee)|maintainers/i,
        prose: /\b(?:contact|reach|e-?mail|write to|notify)\b.{0,60}\b(?:security team|security contacts?|security response|maintainers)\b|\bsecurity (?:team|contacts?) (?:is|are|can be)\b/i,
        suggest: 'Security contacts',
    },
    {
        id: 'disclosure',
        name: 'reporting, fixing and coordinated disclosure of vulnerabilities',
        heading: /report|disclos|vulnerabilit(y|ies)[- ](handling|management|process|response)|embargo|advisor|security (fix|patch|release)|response process|triage/i,
        prose: /\bcoordinated (?:vulnerability )?disclosure\b|\bresponsible disclosure\b|\bembargo\w*|\breport (?:a |any |suspected )?(?:security )?(?:vulnerabilit\w*|issues?) (?:privately|to|via|through|by)\b|\bvulnerabilit(?:y|ies) (?:reports? )?(?:are|is) (?:handled|triaged|fixed|disclosed|assessed)\b/i,
        suggest: 'Reporting and coordinated disclosure',
    },
    {
        id: 'support-period',
        name: 'the support period and its end-of-life process',
        heading: /support(ed)?[- ](period|versions?|releases?|policy|lifecycle|window|timeline)|end[- ]of[- ](life|support)|\beol\b|lifecycle|maintenance[- ](policy|period)|security updates/i,
        prose: /\bsupported (?:versions?|releases?)\b|\bsecurity (?:updates|fixes|patches) (?:are|will be) (?:provided|backported|released|made)\b|\bend[- ]of[- ](?:life|support)\b|\beol\b|\breceives? security (?:updates|fixes|patches)\b|\b(?:supported|maintained) (?:for|until) (?:\d|one|two|three|six|twelve|eighteen|twenty)/i,
        suggest: 'Supported versions and end of life',
    },
];
const SECURE_DEV_LINK = /secure[-_ ]?(software[-_ ]?)?(development|coding|design)|security[-_ ]?(development[-_ ]?)?(practices|guide|guidelines)|\bssdf\b/i;
const cra_readiness_MFA_HEADING = /\b(mfa|2fa|multi[- ]?factor|two[- ]?factor|two[- ]step)\b/i;
const DISCLAIMER_HEADING = /disclaimer|no (cra |legal |compliance )?obligations?|no (compliance |legal )?(assurance|guarantee|warrant(y|ies))|not (a )?(legal|compliance) (advice|statement|guarantee)|limitations?|legal notice/i;
/** A sentence that disclaims: no CRA obligations, no compliance assurance, not a statement of conformity. */
const DISCLAIMER_STATEMENT = /\bno (?:cra |legal |compliance |regulatory |contractual )?obligations?\b|\b(?:take|takes|taking|assume|assumes|accept|accepts) (?:on )?no\b.{0,40}\b(?:obligations?|liabilit\w*|responsibilit\w*)|\bno (?:compliance |legal |regulatory |cra )?(?:assurances?|guarantees?|warrant(?:y|ies)|representations?)\b|\bnot (?:a |an )?(?:legal|compliance|regulatory) (?:advice|statement|guarantee|assurance|opinion)\b|\bnot (?:a |an )?(?:statement|declaration|claim|certificate) of (?:conformity|compliance)\b|\b(?:does|do|is|are) not (?:constitute|represent|imply|create|establish|provide|make)\b.{0,60}\b(?:conformity|compliance|obligations?|assurances?|guarantees?|warrant(?:y|ies)|declaration)\b|\bwithout (?:any )?(?:warranty|warranties|guarantee|assurance)\b/i;
/** "We have no threat model", "there is no formal process": a topic denied, not covered. */
const TOPIC_DENIED = /\b(?:no|not|never|without|\w+n[\u2019']t)\s+(?:\w+\s+){0,2}(?:define\w*|have|has|document\w*|provide\w*|offer\w*|polic\w*|process\w*|guarantee\w*|plan\w*|formal|follow\w*|perform\w*|maintain\w*|keep|handle\w*|accept\w*|exist\w*|yet)\b|\bno (?:formal |defined |documented |written )?(?:policy|process|period|plan|team|model|practices)\b/i;
const READINESS_NAME = /^(?:|docs\/|\.github\/)cra[-_]?readiness(?:\.(?:md|markdown|mdx|rst|txt|adoc))?$/i;
const MAX_FOLLOW = 20;
function fileEv(path, detail, line) {
    return line !== undefined ? { kind: 'file', path, line, detail } : { kind: 'file', path, detail };
}
function sectionEv(doc, h, what) {
    return fileEv(doc.path, `${what}: section "${h.text}"`, h.line);
}
/** A section on a topic: its heading names it, it has a body, it is not GitHub's unfilled template. */
function findTopicSection(doc, heading, minChars) {
    const o = doc.outline;
    if (!o)
        return undefined;
    const first = findSection(o, heading, minChars);
    if (!first || !isTemplateSection(first))
        return first;
    return o.headings.find((h) => heading.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars) && !isTemplateSection(h));
}
/** Where a Markdown link in `from` points: a path in this repository, or an external URL. */
function resolveLink(facts, from, target) {
    const t = target.trim();
    if (/^mailto:/i.test(t))
        return { kind: 'other' };
    if (/^[a-z][a-z0-9+.-]*:/i.test(t)) {
        const repo = facts.context.repository?.toLowerCase();
        const candidates = repo ? (0,checks/* repoPathCandidates */.ig)(t, repo) : null;
        if (candidates) {
            const hit = candidates.find((p) => facts.files.some((f) => f.path === p));
            const anchor = /#([^]*)/.exec(t)?.[1] ?? null;
            if (hit)
                return { kind: 'repo', path: hit, anchor };
        }
        return /^https?:/i.test(t) ? { kind: 'external', url: t } : { kind: 'other' };
    }
    const hashAt = t.indexOf('#');
    const anchor = hashAt >= 0 ? t.slice(hashAt + 1) : null;
    let p = (hashAt >= 0 ? t.slice(0, hashAt) : t).replace(/\?[^]*/, '');
    try {
        p = decodeURIComponent(p);
    }
    catch {
        /* keep as written */
    }
    if (p === '')
        return { kind: 'repo', path: from, anchor };
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    const joined = p.startsWith('/') ? p.slice(1) : dir ? `${dir}/${p}` : p;
    const n = normalizeRelative(joined);
    return n === null ? { kind: 'other' } : { kind: 'repo', path: n.replace(/(?<!\/)\/+$/, ''), anchor };
}
/** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes. */
function slug(text) {
    return text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .trim()
        .replace(/\s/g, '-');
}
function headingFor(doc, anchor) {
    if (!anchor || !doc.outline)
        return undefined;
    const a = anchor.toLowerCase();
    return doc.outline.headings.find((h) => slug(h.text) === a);
}
function statusOf(checks) {
    return {
        fails: checks.filter((c) => c.status === 'fail').length,
        unknowns: checks.filter((c) => c.status === 'unknown').length,
        passes: checks.filter((c) => c.status === 'pass').length,
    };
}
/** The security policy: the document Security Insights links, else SECURITY.md (root, .github/, docs/). */
function policyDocument(facts) {
    for (const field of ['project.vulnerability-reporting.policy', 'repository.documentation.security-policy']) {
        const d = declaration(facts, field, 'security policy');
        if (d.state === 'in-repo') {
            const doc = facts.documents.byPath[d.path];
            if (doc)
                return { doc, via: d.evidence };
        }
    }
    const doc = documents_documentsOf(facts.documents, 'security')[0];
    return doc ? { doc, via: null } : null;
}
function policyCheck(facts, actions) {
    const id = 'security-policy';
    const title = '(1) A security and vulnerability management policy covering its five points';
    const found = policyDocument(facts);
    if (!found) {
        const missing = `add SECURITY.md with sections on ${POLICY_TOPICS.map((t) => t.name).join('; ')}`;
        actions.push({ checkId: id, text: missing, file: 'SECURITY.md' });
        return { id, title, status: 'fail', evidence: [{ kind: 'note', detail: 'no SECURITY.md (root, .github/ or docs/) and no policy linked from Security Insights' }], missing };
    }
    const { doc } = found;
    if (!doc.outline) {
        const missing = `make ${doc.path} readable (${doc.unreadable ?? 'not read'})`;
        return { id, title, status: 'unknown', evidence: [fileEv(doc.path, `the policy could not be read: ${doc.unreadable ?? 'not read'}`)], missing };
    }
    // The policy document, then in-repository documents it links to (one hop; cycles cannot loop).
    const docs = [doc];
    const seen = new Set([doc.path]);
    for (const l of doc.outline.links) {
        if (docs.length > MAX_FOLLOW)
            break;
        const t = resolveLink(facts, doc.path, l.target);
        if (t.kind !== 'repo' || seen.has(t.path))
            continue;
        seen.add(t.path);
        const linked = facts.documents.byPath[t.path];
        if (linked?.outline)
            docs.push(linked);
    }
    const evidence = found.via ? [found.via] : [];
    const missingTopics = [];
    for (const topic of POLICY_TOPICS) {
        let hit;
        for (const d of docs) {
            const h = d.outline ? findTopicSection(d, topic.heading, 40) : undefined;
            if (h) {
                hit = { d, h };
                break;
            }
        }
        for (const d of hit ? [] : docs) {
            const said = statementInDoc(d, topic.prose, { reject: TOPIC_DENIED });
            if (said) {
                hit = { d, h: said.heading, sentence: said.sentence };
                break;
            }
        }
        // Contacts: an e-mail address or a private reporting link in the policy also names a contact.
        if (!hit && topic.id === 'contacts' && doc.outline) {
            const email = doc.outline.emails[0];
            const pvr = doc.outline.links.find((l) => /\/security\/advisories\/new\b/i.test(l.target));
            if (email)
                evidence.push(fileEv(doc.path, `security contacts: e-mail address ${email.address}`, email.line));
            else if (pvr)
                evidence.push(fileEv(doc.path, 'security contacts: link to private vulnerability reporting', pvr.line));
            if (email || pvr)
                continue;
        }
        if (hit?.sentence)
            evidence.push(fileEv(hit.d.path, `${topic.name}: "${quoteSentence(hit.sentence)}" (section "${hit.h.text}")`, hit.h.line));
        else if (hit)
            evidence.push(sectionEv(hit.d, hit.h, topic.name));
        else
            missingTopics.push(topic.name);
    }
    if (missingTopics.length === 0)
        return { id, title, status: 'pass', evidence };
    const suggest = POLICY_TOPICS.filter((t) => missingTopics.includes(t.name)).map((t) => `"${t.suggest}"`);
    const missing = `${doc.path} does not cover ${missingTopics.join('; ')}: add a section for each (headed e.g. ${suggest.join(', ')}; a section is recognised by its heading, or by a sentence of its prose that states the point)`;
    evidence.push(fileEv(doc.path, `policy read as ${doc.outline.headings.length} heading(s); not covered: ${missingTopics.join('; ')}`, 1));
    actions.push({ checkId: id, text: missing, file: doc.path });
    return { id, title, status: 'fail', evidence, missing };
}
/** Headings that name security themselves; a plain "Development practices" heading does not. */
const SECURITY_HEADING_WORD = /secur|\bssdf\b|hardening|supply[- ]chain/i;
const SECURITY_PROSE_WORD = /\b(secur\w*|vulnerab\w*|codeql|sast|static analysis|fuzz\w*|signed|signing|signatures?|2fa|mfa|two[- ]factor|dependabot|scorecard|threats?|least privilege|secrets?|credentials?)\b/i;
/**
 * A section on secure development practices: its heading names them ("Secure development"), or it
 * is a "Development practices" section whose prose is about security. A contribution guide's
 * "Development practices" that asks for private APIs, consistent flags and debug logging is not.
 */
function secureDevSection(h, minChars) {
    if (!POLICY_TOPICS[0].heading.test(h.text) || h.sectionChars < minChars || (h.linkListOnly && h.sectionChars === h.ownChars))
        return false;
    return SECURITY_HEADING_WORD.test(h.text) || SECURITY_PROSE_WORD.test(h.body) || SECURITY_PROSE_WORD.test(h.code);
}
function contributingCheck(facts, actions) {
    const id = 'contributing-links-secure-development';
    const title = '(2) The contributing guide links to the secure development practices';
    const guides = documents_documentsOf(facts.documents, 'contributing').filter((d) => d.outline);
    if (guides.length === 0) {
        const missing = 'add CONTRIBUTING.md with a link to your secure development practices (e.g. the section in SECURITY.md)';
        actions.push({ checkId: id, text: missing, file: 'CONTRIBUTING.md' });
        return { id, title, status: 'fail', evidence: [{ kind: 'note', detail: 'no readable CONTRIBUTING file (root, .github/ or docs/)' }], missing };
    }
    const secureDev = POLICY_TOPICS[0].heading;
    for (const g of guides) {
        const outline = g.outline;
        for (const l of outline.links) {
            const t = resolveLink(facts, g.path, l.target);
            if (t.kind === 'external') {
                if (SECURE_DEV_LINK.test(l.text) || SECURE_DEV_LINK.test(l.target))
                    return { id, title, status: 'pass', evidence: [fileEv(g.path, `links to secure development practices: ${l.target.slice(0, 200)}`, l.line)] };
                continue;
            }
            if (t.kind !== 'repo')
                continue;
            const target = facts.documents.byPath[t.path];
            if (!target?.outline) {
                if (SECURE_DEV_LINK.test(t.path) && facts.files.some((f) => f.path === t.path))
                    return { id, title, status: 'pass', evidence: [fileEv(g.path, `links to ${t.path}`, l.line)] };
                continue;
            }
            const anchored = headingFor(target, t.anchor);
            if (anchored && secureDev.test(anchored.text))
                return { id, title, status: 'pass', evidence: [fileEv(g.path, `links to section "${anchored.text}" of ${t.path}`, l.line), fileEv(t.path, 'secure development practices', anchored.line)] };
            const section = target.outline.headings.find((h) => secureDevSection(h, 40));
            if (section && (SECURE_DEV_LINK.test(l.text) || /secur/i.test(l.text) || !t.anchor))
                return { id, title, status: 'pass', evidence: [fileEv(g.path, `links to ${t.path}`, l.line), fileEv(t.path, `secure development practices: section "${section.text}"`, section.line)] };
        }
        const own = outline.headings.find((h) => secureDevSection(h, 40));
        if (own)
            return { id, title, status: 'pass', evidence: [fileEv(g.path, `describes secure development practices itself: section "${own.text}"`, own.line)] };
    }
    const g = guides[0];
    const missing = `link the secure development practices from ${g.path} (a link to a "Secure development practices" section or document)`;
    actions.push({ checkId: id, text: missing, file: g.path });
    return { id, title, status: 'fail', evidence: [fileEv(g.path, `no link to secure development practices among ${g.outline.links.length} link(s)`, 1)], missing };
}
function releaseDocsCheck(facts, actions) {
    const id = 'release-documentation';
    const title = '(3) Release documentation: a changelog or release notes';
    const evidence = [];
    const changelog = documents_documentsOf(facts.documents, 'changelog').find((d) => d.outline && d.outline.proseChars >= 40);
    if (changelog) {
        const sec = changelog.outline.headings.find((h) => /secur/i.test(h.text));
        evidence.push(fileEv(changelog.path, `changelog with ${changelog.outline.headings.length} heading(s)${sec ? `, including "${sec.text}"` : ''}`, 1));
    }
    const rel = facts.github.releases;
    if (rel.state === 'ok' && rel.data.summary.withChangelogBody > 0)
        evidence.push({ kind: 'api', url: rel.data.summary.latest?.htmlUrl, detail: `${rel.data.summary.withChangelogBody} of ${rel.data.summary.publishedCount} release(s) carry release notes` });
    const si = declaration(facts, 'repository.release.changelog', 'changelog');
    if (si.state === 'in-repo' || si.state === 'declared')
        evidence.push(si.evidence);
    if (evidence.length > 0)
        return { id, title, status: 'pass', evidence };
    const missing = 'add CHANGELOG.md (with security fixes called out), or release notes on each release, and link it from `repository.release.changelog`';
    actions.push({ checkId: id, text: missing, file: 'CHANGELOG.md', field: 'repository.release.changelog' });
    if (rel.state === 'unknown') {
        return { id, title, status: 'unknown', evidence: [{ kind: 'note', detail: `no changelog file and no repository.release.changelog; release notes could not be read (${rel.reason})` }], missing };
    }
    return { id, title, status: 'fail', evidence: [{ kind: 'note', detail: rel.data.summary.publishedCount ? `no changelog file and none of ${rel.data.summary.publishedCount} release(s) carries release notes` : 'no changelog file and no releases' }], missing };
}
function bugReportingCheck(facts, byId, actions) {
    const id = 'bug-reporting-guide';
    const title = '(4) A bug-reporting guide distinct from security reporting';
    const c = byId.get('OSPS-DO-02.01');
    const securityDocs = new Set(facts.documents.roles.security ?? []);
    const missing = 'add a bug report template (.github/ISSUE_TEMPLATE/bug_report.yml) or a "Reporting bugs" section in CONTRIBUTING.md, separate from SECURITY.md';
    const s = (0,helpers/* satisfaction */.$l)(c);
    if (s.state === 'ok' && s.how !== 'not-applicable') {
        const places = (c?.evidence ?? []).filter((e) => e.path);
        const distinct = places.filter((e) => !securityDocs.has(e.path));
        if (distinct.length > 0)
            return { id, title, status: 'pass', evidence: distinct.slice(0, 3) };
        if (places.length > 0) {
            actions.push({ checkId: id, text: missing, requirement: 'OSPS-DO-02.01', file: '.github/ISSUE_TEMPLATE/bug_report.yml' });
            return { id, title, status: 'fail', evidence: places.slice(0, 3), missing: `bugs are explained only in ${places[0].path}, the security policy; ${missing}` };
        }
        if (s.how === 'attested')
            return { id, title, status: 'pass', evidence: (c?.evidence ?? []).slice(0, 3) };
    }
    if (s.state === 'unknown' || s.state === 'missing')
        return { id, title, status: 'unknown', evidence: (c?.evidence ?? [{ kind: 'note', detail: 'OSPS-DO-02.01 is not in the result' }]).slice(0, 3), missing };
    actions.push({ checkId: id, text: missing, requirement: 'OSPS-DO-02.01', file: '.github/ISSUE_TEMPLATE/bug_report.yml' });
    return { id, title, status: 'fail', evidence: (c?.evidence ?? []).slice(0, 3), missing };
}
function mfaCheck(facts, byId, actions) {
    const id = 'mfa-stated';
    const title = '(5) MFA is enforced for contributors, as stated by the project';
    const c = byId.get('OSPS-AC-01.01');
    const s = (0,helpers/* satisfaction */.$l)(c);
    const evidence = [];
    if (s.state === 'ok' && s.how !== 'not-applicable')
        evidence.push(...(c?.evidence ?? []).slice(0, 3));
    // The project's statement: a sentence that MFA is required, or a section about MFA (whose prose
    // does not say it is optional or not required), in the policy documents or CRA-READINESS.md.
    const stated = mfaStatement(facts);
    let statement = stated?.evidence ? { ...stated.evidence, detail: stated.evidence.detail.replace(/^the project states an? /, 'states ') } : undefined;
    for (const role of statement ? [] : ['security', 'contributing', 'governance', 'cra-readiness', 'readme', 'docs']) {
        for (const d of documents_documentsOf(facts.documents, role)) {
            const h = d.outline?.headings.find((x) => cra_readiness_MFA_HEADING.test(x.text) && x.sectionChars >= 20 && !(x.linkListOnly && x.sectionChars === x.ownChars) && !mfaDenied(x.body));
            if (h) {
                statement = sectionEv(d, h, 'states multi-factor authentication');
                break;
            }
        }
        if (statement)
            break;
    }
    if (statement)
        evidence.push(statement);
    if (evidence.length > 0 && s.state !== 'fail')
        return { id, title, status: 'pass', evidence };
    // The project's own security policy by its path (.github/SECURITY.md), or the file to add.
    const policy = documents_documentsOf(facts.documents, 'security')[0]?.path ?? 'SECURITY.md';
    const missing = `require two-factor authentication in the organization settings and state it in ${policy} or CONTRIBUTING.md, e.g. under a heading such as "Multi-factor authentication" or in a sentence such as "All maintainers must use two-factor authentication"`;
    actions.push({ checkId: id, text: missing, requirement: 'OSPS-AC-01.01', file: policy });
    if (s.state === 'fail')
        return { id, title, status: 'fail', evidence: [...(c?.evidence ?? []).slice(0, 3), ...evidence], missing };
    if (s.state === 'unknown' || s.state === 'missing')
        return { id, title, status: 'unknown', evidence: [...(c?.evidence ?? [{ kind: 'note', detail: 'OSPS-AC-01.01 is not in the result' }]).slice(0, 3), { kind: 'note', detail: 'no document has a section or sentence stating that multi-factor authentication is required' }], missing };
    return { id, title, status: 'fail', evidence: [{ kind: 'note', detail: 'no document has a section or sentence stating that multi-factor authentication is required' }, ...(c?.evidence ?? []).slice(0, 2)], missing };
}
function branchProtectionCheck(facts, byId, actions) {
    const id = 'branch-protection';
    const title = '(6) Branch protection or rulesets on the default branch';
    const gh = facts.github;
    const bp = gh.branchProtection;
    const branch = bp.branch ?? gh.defaultBranch.name ?? facts.context.defaultBranch ?? 'the default branch';
    const evidence = [];
    if (gh.branchRules.state === 'ok' && gh.branchRules.data.rules.length > 0)
        evidence.push({ kind: 'api', detail: `${gh.branchRules.data.rules.length} ruleset rule(s) on ${branch}: ${[...new Set(gh.branchRules.data.rules.map((r) => r.type))].slice(0, 6).join(', ')} (${gh.branchRules.source.endpoint})` });
    if (gh.classicProtection.state === 'ok' && gh.classicProtection.data.enabled)
        evidence.push({ kind: 'api', detail: `classic branch protection on ${branch} (${gh.classicProtection.source.endpoint})` });
    if (gh.branch.state === 'ok' && gh.branch.data.protected && evidence.length === 0)
        evidence.push({ kind: 'api', detail: `${branch} is marked protected (${gh.branch.source.endpoint})` });
    for (const [name, f] of [['pull requests required', bp.pullRequestRequired], ['force pushes blocked', bp.forcePushBlocked], ['deletion blocked', bp.deletionBlocked]]) {
        if (f.value === true && evidence.length < 4)
            evidence.push({ kind: 'api', detail: `${name} on ${branch} (${f.sources.join(', ')})` });
    }
    const c = byId.get('OSPS-AC-03.01');
    if (evidence.length > 0)
        return { id, title, status: 'pass', evidence };
    if (c && c.status === 'pass')
        return { id, title, status: 'pass', evidence: c.evidence.slice(0, 3) };
    const missing = `protect ${branch} with a ruleset or branch protection (require pull requests, block force pushes and deletion)`;
    actions.push({ checkId: id, text: missing, requirement: 'OSPS-AC-03.01' });
    const known = gh.branch.state === 'ok' || gh.branchRules.state === 'ok' || gh.classicProtection.state === 'ok';
    if (!known) {
        const why = gh.skippedReason ?? (gh.branchRules.state === 'unknown' ? gh.branchRules.reason : 'the branch rules could not be read');
        return { id, title, status: 'unknown', evidence: [{ kind: 'note', detail: `branch protection could not be read: ${why}` }], missing: `run with a GitHub token to check this; ${missing}` };
    }
    return { id, title, status: 'fail', evidence: [{ kind: 'api', detail: `no ruleset rules and no branch protection on ${branch}` }], missing };
}
function licenseCheck(byId, actions) {
    const id = 'license';
    const title = '(7) A LICENSE or COPYING file, ideally OSI-approved';
    const file = byId.get('OSPS-LE-03.01');
    const osi = byId.get('OSPS-LE-02.01');
    const fs = (0,helpers/* satisfaction */.$l)(file);
    const evidence = (file?.evidence ?? []).slice(0, 3);
    if (fs.state === 'ok') {
        if (osi?.status === 'pass')
            evidence.push(...osi.evidence.slice(0, 2));
        else
            evidence.push({ kind: 'note', detail: `license approval: ${osi ? osi.status : 'not evaluated'} (OSI approval is recommended, not required)` });
        return { id, title, status: 'pass', evidence };
    }
    const missing = file?.remediation ?? 'add a LICENSE file with an OSI-approved license at the repository root';
    actions.push({ checkId: id, text: missing, requirement: 'OSPS-LE-03.01', file: 'LICENSE' });
    if (fs.state === 'unknown' || fs.state === 'missing')
        return { id, title, status: 'unknown', evidence: evidence.length ? evidence : [{ kind: 'note', detail: 'OSPS-LE-03.01 is not in the result' }], missing };
    return { id, title, status: 'fail', evidence, missing };
}
function levelOneCheck(byId, actions) {
    const id = 'baseline-level-1';
    const title = '(8) OSPS Baseline Level 1: every Level 1 requirement is met';
    const l1 = (0,catalog/* requirementsAt */.Gw)(1);
    const failing = [];
    const unknown = [];
    for (const r of l1) {
        const s = (0,helpers/* satisfaction */.$l)(byId.get(r.id));
        if (s.state === 'ok')
            continue;
        if (s.state === 'unknown' || s.state === 'missing')
            unknown.push(r.id);
        else
            failing.push(r.id);
    }
    const met = l1.length - failing.length - unknown.length;
    const evidence = [{ kind: 'note', detail: `${met} of ${l1.length} Level 1 requirements met${failing.length ? `; not met: ${failing.join(', ')}` : ''}${unknown.length ? `; could not be observed: ${unknown.join(', ')}` : ''}` }];
    if (failing.length === 0 && unknown.length === 0)
        return { id, title, status: 'pass', evidence };
    const first = failing[0] ?? unknown[0];
    const missing = failing.length
        ? `meet the Level 1 requirements ${failing.join(', ')} (see the Defender objective for what each needs)`
        : `decide the Level 1 requirements that could not be observed: ${unknown.join(', ')}`;
    actions.push({ checkId: id, text: missing, requirement: first });
    return { id, title, status: failing.length ? 'fail' : 'unknown', evidence, missing };
}
function readinessDocument(facts) {
    const hits = facts.files.filter((f) => f.kind !== 'submodule' && READINESS_NAME.test(f.path));
    hits.sort((a, b) => a.path.split('/').length - b.path.split('/').length);
    return hits[0]?.path;
}
function readinessChecks(facts, actions) {
    const path = readinessDocument(facts);
    const out = [];
    if (!path) {
        const missing = 'add CRA-READINESS.md describing how the project meets these items, with a disclaimer that the maintainers take on no CRA obligations and give no compliance assurance, and link it from the README';
        actions.push({ checkId: 'readiness-document', text: missing, file: 'CRA-READINESS.md' });
        out.push({ id: 'readiness-document', title: 'A CRA readiness document with a disclaimer', status: 'fail', evidence: [{ kind: 'note', detail: 'no CRA-READINESS.md at the root, in docs/ or in .github/' }], missing });
        out.push({ id: 'readiness-linked-from-readme', title: 'The readiness document is linked from the README', status: 'fail', evidence: [{ kind: 'note', detail: 'no readiness document to link' }], missing: 'link CRA-READINESS.md from the README' });
        return out;
    }
    const doc = facts.documents.byPath[path];
    if (!doc?.outline) {
        out.push({
            id: 'readiness-document',
            title: 'A CRA readiness document with a disclaimer',
            status: 'unknown',
            evidence: [fileEv(path, doc?.unreadable ? `readiness document found but not readable (${doc.unreadable})` : 'readiness document found; its text is not read by this version, so the disclaimer cannot be checked')],
            missing: `make sure ${path} has a "Disclaimer" section saying the maintainers take on no CRA obligations and give no compliance assurance`,
        });
    }
    else {
        const h = findSection(doc.outline, DISCLAIMER_HEADING, 20);
        const said = h ? undefined : statementInDoc(doc, DISCLAIMER_STATEMENT);
        if (h)
            out.push({ id: 'readiness-document', title: 'A CRA readiness document with a disclaimer', status: 'pass', evidence: [sectionEv(doc, h, 'disclaimer')] });
        else if (said)
            out.push({ id: 'readiness-document', title: 'A CRA readiness document with a disclaimer', status: 'pass', evidence: [fileEv(doc.path, `disclaimer: "${quoteSentence(said.sentence)}" (section "${said.heading.text}")`, said.heading.line)] });
        else {
            const missing = `add a "Disclaimer" section to ${path} saying the maintainers take on no CRA obligations and give no compliance assurance (recognised by such a heading, or by a sentence such as "The maintainers take on no CRA obligations and give no assurance of compliance")`;
            actions.push({ checkId: 'readiness-document', text: missing, file: path });
            out.push({ id: 'readiness-document', title: 'A CRA readiness document with a disclaimer', status: 'fail', evidence: [fileEv(path, `readiness document with ${doc.outline.headings.length} heading(s), none a disclaimer`, 1)], missing });
        }
    }
    // Linked from the README.
    const readmes = documents_documentsOf(facts.documents, 'readme').filter((d) => !d.path.includes('/') && d.outline);
    let link;
    for (const d of readmes) {
        const l = d.outline.links.find((x) => {
            const t = resolveLink(facts, d.path, x.target);
            return t.kind === 'repo' && t.path.toLowerCase() === path.toLowerCase();
        });
        if (l) {
            link = { d, l };
            break;
        }
    }
    if (link)
        out.push({ id: 'readiness-linked-from-readme', title: 'The readiness document is linked from the README', status: 'pass', evidence: [fileEv(link.d.path, `links to ${path}`, link.l.line)] });
    else {
        const readme = readmes[0]?.path ?? 'README.md';
        const missing = `link ${path} from ${readme} (a relative link such as [CRA readiness](${path}))`;
        actions.push({ checkId: 'readiness-linked-from-readme', text: missing, file: readme });
        out.push({ id: 'readiness-linked-from-readme', title: 'The readiness document is linked from the README', status: 'fail', evidence: [{ kind: 'note', detail: readmes.length ? `${readme} has no link that resolves to ${path}` : 'no README at the root' }], missing });
    }
    return out;
}
function evaluateCraReadinessDetailed(facts, controls) {
    const byId = (0,helpers/* controlMap */.wZ)(controls);
    const actions = [];
    const checks = [
        policyCheck(facts, actions),
        contributingCheck(facts, actions),
        releaseDocsCheck(facts, actions),
        bugReportingCheck(facts, byId, actions),
        mfaCheck(facts, byId, actions),
        branchProtectionCheck(facts, byId, actions),
        licenseCheck(byId, actions),
        levelOneCheck(byId, actions),
        ...readinessChecks(facts, actions),
    ];
    const { fails, unknowns, passes } = statusOf(checks);
    let status;
    if (fails === 0 && unknowns === 0)
        status = 'met';
    else if (fails === 0)
        status = 'unknown';
    else if (passes === 0)
        status = 'unmet';
    else
        status = 'partial';
    const missing = [...checks.filter((c) => c.status === 'fail'), ...checks.filter((c) => c.status === 'unknown')].map((c) => c.missing).filter((m) => !!m);
    return { result: { id: 'cra-readiness', title: 'CRA Readiness: voluntary readiness for the EU Cyber Resilience Act', status, checks, missing }, actions };
}
function evaluateCraReadiness(facts, controls) {
    return evaluateCraReadinessDetailed(facts, controls).result;
}

;// CONCATENATED MODULE: ./src/objectives/defender.ts
// Objective 5, Defender: every Baseline requirement at the project's level passes; requirements no
// machine can observe are attested with a link to real evidence (a document, a settings page, a
// release), never a bare "yes". The action's own signed result is the published, checkable result.
//
// Our evaluation decides the status. The sub-check "published on the grc.store hub" (hub.ts), the
// event's rule since Fall 2026, is listed second and changes no status: a signed result must say
// only what an organizer can verify offline, and the event's `defender:` setting tells organizers
// which of the two publications awards the badge.
//
// Blockers are listed in order of effort, so a maintainer starts with the cheapest change:
//   1. documentation or configuration in the repository (a policy, a guide, a Security Insights link)
//   2. repository or organization settings (MFA, branch rules, private vulnerability reporting)
//   3. CI workflow changes (permissions, untrusted input, scanners, tests)
//   4. release changes (signatures, SBOMs, changelogs, versioned assets)
// Within a tier, catalog order. Unknowns (could not be observed) come after every failure.


const EFFORT_LABELS = {
    1: 'documentation or configuration change',
    2: 'repository or organization setting',
    3: 'CI workflow change',
    4: 'release change',
};
/** Effort per requirement (the longest matching prefix wins); anything unlisted is tier 1. */
const EFFORT_BY_PREFIX = [
    ['OSPS-AC-01', 2],
    ['OSPS-AC-02', 2],
    ['OSPS-AC-03', 2],
    ['OSPS-AC-04', 3],
    ['OSPS-BR-01', 3],
    ['OSPS-BR-02', 4],
    ['OSPS-BR-03.01', 2],
    ['OSPS-BR-03.02', 4],
    ['OSPS-BR-04', 4],
    ['OSPS-BR-05', 3],
    ['OSPS-BR-06', 4],
    ['OSPS-BR-07.01', 1],
    ['OSPS-BR-07.02', 1],
    ['OSPS-DO', 1],
    ['OSPS-GV-04', 1],
    ['OSPS-GV', 1],
    ['OSPS-LE-01', 2],
    ['OSPS-LE-02.01', 1],
    ['OSPS-LE-02.02', 4],
    ['OSPS-LE-03.01', 1],
    ['OSPS-LE-03.02', 4],
    ['OSPS-QA-01', 2],
    ['OSPS-QA-02.01', 1],
    ['OSPS-QA-02.02', 4],
    ['OSPS-QA-03', 2],
    ['OSPS-QA-04', 1],
    ['OSPS-QA-05', 1],
    ['OSPS-QA-06.01', 3],
    ['OSPS-QA-06', 1],
    ['OSPS-QA-07', 2],
    ['OSPS-SA', 1],
    ['OSPS-VM-01', 1],
    ['OSPS-VM-02', 1],
    ['OSPS-VM-03', 2],
    ['OSPS-VM-04', 4],
    ['OSPS-VM-05.03', 3],
    ['OSPS-VM-05', 1],
    ['OSPS-VM-06.02', 3],
    ['OSPS-VM-06', 1],
];
function effortOf(id) {
    let best;
    for (const e of EFFORT_BY_PREFIX)
        if (id.startsWith(e[0]) && (!best || e[0].length > best[0].length))
            best = e;
    return best ? best[1] : 1;
}
const defender_MAX_EVIDENCE = 6;
function firstSentence(s, max = 240) {
    return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
/** `hubCheck`: the "published on the hub" sub-check, listed after the requirements' check; it does not change the status. */
function evaluateDefenderDetailed(controls, level, hubCheck) {
    const byId = (0,helpers/* controlMap */.wZ)(controls);
    const reqs = (0,catalog/* requirementsAt */.Gw)(level);
    const blockers = [];
    const okIds = [];
    const counts = { pass: 0, 'not-applicable': 0, attested: 0 };
    for (const r of reqs) {
        const c = byId.get(r.id);
        const s = (0,helpers/* satisfaction */.$l)(c);
        const tier = effortOf(r.id);
        const help = (0,helpers/* helpFor */.VY)(r.id, byId);
        if (s.state === 'ok') {
            okIds.push(r.id);
            counts[s.how]++;
            continue;
        }
        const title = c?.title ?? r.title;
        let kind;
        let text;
        if (s.state === 'fail') {
            kind = 'fail';
            text = `${r.id} (${title}): ${firstSentence(c?.remediation ?? 'fix what the evidence shows')}`;
        }
        else if (s.state === 'weak-attestation') {
            kind = 'weak-attestation';
            text = `${r.id} (${title}): the attestation is a bare declaration; link real evidence (a document, a settings page or a release URL) from Security Insights`;
        }
        else {
            kind = 'unknown';
            const why = c?.evidence.find((e) => e.kind === 'note')?.detail ?? (c ? 'could not be observed' : 'not in the result');
            text = `${r.id} (${title}): could not be observed (${firstSentence(why, 160)})${c?.remediation ? `; ${firstSentence(c.remediation, 160)}` : ''}`;
        }
        blockers.push({ id: r.id, tier, kind, text, ...(help ? { helpUri: help } : {}) });
    }
    const order = new Map(reqs.map((r, i) => [r.id, i]));
    const rank = (b) => (b.kind === 'unknown' ? 10 : 0) + b.tier;
    blockers.sort((a, b) => rank(a) - rank(b) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const checks = [];
    const failing = blockers.filter((b) => b.kind !== 'unknown');
    const unknowns = blockers.filter((b) => b.kind === 'unknown');
    const summaryEvidence = [
        {
            kind: 'note',
            detail: `${okIds.length} of ${reqs.length} requirements at Level ${level} are met (${counts.pass} pass, ${counts.attested} attested with a link, ${counts['not-applicable']} not applicable); ${failing.length} blocking, ${unknowns.length} could not be observed`,
        },
    ];
    checks.push({
        id: 'all-requirements',
        title: `Every OSPS Baseline requirement at Level ${level} passes, is not applicable, or is attested with a link to real evidence`,
        status: failing.length > 0 ? 'fail' : unknowns.length > 0 ? 'unknown' : 'pass',
        evidence: summaryEvidence,
        ...(blockers.length > 0 ? { missing: `resolve ${blockers.length} requirement(s), starting with ${blockers[0].id}` } : {}),
    });
    if (hubCheck)
        checks.push(hubCheck);
    for (const b of blockers) {
        const c = byId.get(b.id);
        const evidence = (c?.evidence ?? [{ kind: 'note', detail: 'the requirement is not in the result' }]).slice(0, defender_MAX_EVIDENCE);
        checks.push({
            id: b.id,
            title: `${b.id}: ${c?.title ?? ''} (${EFFORT_LABELS[b.tier]})`.replace(': (', ' ('),
            status: b.kind === 'unknown' ? 'unknown' : 'fail',
            evidence,
            missing: b.text,
        });
    }
    let status;
    if (failing.length === 0 && unknowns.length === 0)
        status = 'met';
    else if (failing.length === 0)
        status = 'unknown';
    else if (okIds.length === 0)
        status = 'unmet';
    else
        status = 'partial';
    return {
        result: { id: 'defender', title: 'Defender: every Baseline requirement at the level is met', status, checks, missing: blockers.map((b) => b.text) },
        blockers,
    };
}
function evaluateDefender(controls, level, hubCheck) {
    return evaluateDefenderDetailed(controls, level, hubCheck).result;
}

// EXTERNAL MODULE: ./src/objectives/hub.ts
var objectives_hub = __webpack_require__(2663);
;// CONCATENATED MODULE: ./src/objectives/inspector.ts

const TITLE = 'Inspector: threat model or security self-assessment';
const SI_FIELD = 'repository.security.assessments.self';
const inspector_MAX_EVIDENCE = 12;
const inspector_fileEvidence = (f) => ({
    kind: 'file',
    ...(f.path !== undefined ? { path: f.path } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
    detail: f.detail,
});
function sectionList(ids, doc) {
    return ids.map((id) => doc.sections.find((s) => s.id === id)?.title ?? id).join(', ');
}
/** One sentence telling what a self-assessment still needs. */
function docAdvice(doc) {
    if (doc.unreadable)
        return `${doc.path} could not be read (${doc.unreadable}); make it a readable Markdown file`;
    const parts = [];
    const by = (state) => doc.requiredNotFilled.filter((id) => doc.sections.find((s) => s.id === id)?.state === state);
    const missing = by('missing');
    const empty = [...by('empty'), ...by('toc')];
    const template = by('template');
    if (missing.length)
        parts.push(`add sections ${sectionList(missing, doc)}`);
    if (empty.length)
        parts.push(`write the body of ${sectionList(empty, doc)}`);
    if (template.length)
        parts.push(`replace the template text in ${sectionList(template, doc)}`);
    if (doc.stage && ['incomplete', 'draft', 'obsolete'].includes(doc.stage.normalized))
        parts.push(`update its stage (now ${JSON.stringify(doc.stage.value)}) once it is complete`);
    if (doc.stage?.normalized === 'placeholder')
        parts.push('fill in the Assessment Stage');
    return `complete ${doc.path}: ${parts.join('; ') || 'fill the sections of the OpenSSF self-assessment template'}`;
}
function catalogAdvice(t, a) {
    const parts = [];
    if (!t.valid)
        parts.push(`fix ${t.errors.length} schema error${t.errors.length === 1 ? '' : 's'} (first: ${t.errors[0]?.detail ?? '?'})`);
    const refs = t.capabilityReferences ?? [];
    if (refs.length === 0)
        parts.push('reference the capabilities each threat affects');
    const missingCatalogs = (t.referencedCatalogs ?? []).filter((r) => r.catalogPath === null).map((r) => r.referenceId);
    if (missingCatalogs.length)
        parts.push(`commit the CapabilityCatalog ${missingCatalogs.map((m) => JSON.stringify(m)).join(', ')} it references`);
    const invalidCaps = a.gemara.capabilityCatalogs.filter((c) => !c.valid && refs.some((r) => r.catalogPath === c.path));
    for (const c of invalidCaps)
        parts.push(`fix ${c.path} (${c.errors[0]?.detail ?? 'invalid'})`);
    const unknownCaps = refs.filter((r) => r.catalogPath !== null && !r.found).map((r) => r.capabilityId);
    if (unknownCaps.length)
        parts.push(`define or correct the capabilities ${[...new Set(unknownCaps)].slice(0, 5).join(', ')}`);
    return `complete ${t.path}: ${parts.join('; ') || 'make it a valid ThreatCatalog with its CapabilityCatalog'}`;
}
function evaluateInspector(a, si) {
    const siPath = si.path ?? 'security-insights.yml';
    const checks = [];
    const missing = [];
    const ref = a.securityInsights;
    const completeCats = completeThreatCatalogs(a.gemara);
    const completeDocs = a.selfAssessments.filter((d) => d.looksComplete);
    const shapedDocs = a.selfAssessments.filter((d) => d.looksLikeSelfAssessment || d.foundBy.includes('security-insights'));
    const anyDocs = a.selfAssessments;
    const gemaraSeen = a.gemara.threatCatalogs.length > 0 || a.gemara.capabilityCatalogs.length > 0 || a.gemara.findings.length > 0;
    // 1. Gemara catalogs, when the project has any.
    if (gemaraSeen) {
        const evidence = [];
        for (const t of completeCats)
            evidence.push({ kind: 'file', path: t.path, line: t.line, detail: `valid Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')} with ${t.entryCount} threat(s), every capability reference resolved` });
        for (const t of a.gemara.threatCatalogs.filter((c) => !completeCats.includes(c))) {
            evidence.push({ kind: 'file', path: t.path, line: t.line, detail: `Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')}: ${t.valid ? 'valid' : `${t.errors.length} schema error(s)`}` });
            for (const e of t.errors.slice(0, 3))
                evidence.push(inspector_fileEvidence(e));
        }
        for (const c of a.gemara.capabilityCatalogs) {
            evidence.push({ kind: 'file', path: c.path, line: c.line, detail: `Gemara CapabilityCatalog ${JSON.stringify(c.id ?? c.title ?? '')} with ${c.entryCount} capabilities${c.valid ? '' : `, ${c.errors.length} schema error(s)`}` });
            for (const e of c.errors.slice(0, 3))
                evidence.push(inspector_fileEvidence(e));
        }
        for (const f of a.gemara.findings)
            evidence.push(inspector_fileEvidence(f));
        const pass = completeCats.length > 0;
        const first = a.gemara.threatCatalogs[0];
        const advice = pass
            ? undefined
            : first
                ? catalogAdvice(first, a)
                : 'add the Gemara ThreatCatalog whose threats reference the capabilities in your CapabilityCatalog';
        checks.push({
            id: 'gemara-threat-catalog',
            title: 'Gemara ThreatCatalog with the CapabilityCatalog it references',
            status: pass ? 'pass' : 'fail',
            evidence: evidence.slice(0, inspector_MAX_EVIDENCE),
            ...(advice ? { missing: advice } : {}),
        });
    }
    // 2. Self-assessment documents, when the project has any.
    if (anyDocs.length > 0) {
        const evidence = [];
        for (const d of anyDocs) {
            const filled = d.sections.filter((s) => s.required && s.state === 'filled').length;
            const required = d.sections.filter((s) => s.required).length;
            evidence.push({
                kind: 'file',
                path: d.path,
                detail: d.unreadable
                    ? `self-assessment not read: ${d.unreadable}`
                    : `self-assessment with ${filled} of ${required} required sections filled${d.stage ? `, stage ${JSON.stringify(d.stage.value)}` : ''}`,
            });
            for (const f of d.findings.filter((x) => x.severity !== 'info').slice(0, 6))
                evidence.push(inspector_fileEvidence(f));
        }
        const pass = completeDocs.length > 0;
        const best = shapedDocs[0] ?? anyDocs[0];
        checks.push({
            id: 'self-assessment',
            title: 'Security self-assessment with every required section of the OpenSSF template filled',
            status: pass ? 'pass' : 'fail',
            evidence: evidence.slice(0, inspector_MAX_EVIDENCE),
            ...(pass ? {} : { missing: docAdvice(best) }),
        });
    }
    // 3. Either form, complete.
    const haveComplete = completeCats.length > 0 || completeDocs.length > 0;
    const docCheck = {
        id: 'assessment-document',
        title: 'A complete threat catalog or self-assessment is committed',
        status: haveComplete ? 'pass' : 'fail',
        evidence: haveComplete
            ? [
                ...completeCats.map((t) => ({ kind: 'file', path: t.path, line: t.line, detail: 'complete Gemara ThreatCatalog' })),
                ...completeDocs.map((d) => ({ kind: 'file', path: d.path, detail: 'self-assessment with every required section filled' })),
            ]
            : [{ kind: 'note', detail: gemaraSeen || anyDocs.length > 0 ? 'assessment documents were found but none is complete' : 'no Gemara ThreatCatalog and no self-assessment document found' }],
    };
    if (!haveComplete) {
        const advice = shapedDocs.length > 0
            ? docAdvice(shapedDocs[0])
            : a.gemara.threatCatalogs.length > 0
                ? catalogAdvice(a.gemara.threatCatalogs[0], a)
                : anyDocs.length > 0
                    ? docAdvice(anyDocs[0])
                    : 'commit a Gemara ThreatCatalog with the CapabilityCatalog it references, or a security self-assessment that follows the OpenSSF template (for example docs/security/self-assessment.md)';
        docCheck.missing = advice;
        missing.push(advice);
    }
    checks.push(docCheck);
    // 4. Referenced from Security Insights.
    const artefacts = [...a.selfAssessments.map((d) => d.path), ...a.gemara.threatCatalogs.map((t) => t.path), ...a.gemara.capabilityCatalogs.map((c) => c.path)];
    const completePaths = [...completeDocs.map((d) => d.path), ...completeCats.map((t) => t.path)];
    const bestPath = completePaths[0] ?? shapedDocs[0]?.path ?? a.gemara.threatCatalogs[0]?.path ?? anyDocs[0]?.path;
    const siEvidence = ref
        ? [{ kind: 'security-insights', path: ref.path ?? siPath, ...(ref.line !== undefined ? { line: ref.line } : {}), ...(ref.column !== undefined ? { column: ref.column } : {}), detail: `${SI_FIELD}: evidence ${ref.value ? JSON.stringify(ref.value.slice(0, 200)) : 'not set'}${ref.comment ? `, comment ${JSON.stringify(ref.comment.slice(0, 120))}` : ''}` }]
        : [];
    const pointAt = bestPath ? ` pointing at ${bestPath}` : '';
    let refStatus = 'fail';
    let refMissing;
    let coversComplete = false;
    if (si.problem) {
        refStatus = 'unknown';
        siEvidence.push({ kind: 'note', detail: `${siPath} could not be read: ${si.problem}` });
        refMissing = `fix ${siPath} so that ${SI_FIELD} can be read`;
    }
    else if (!si.present) {
        siEvidence.push({ kind: 'note', detail: 'no Security Insights file found' });
        refMissing = `add security-insights.yml with ${SI_FIELD}${pointAt}`;
    }
    else if (!ref) {
        siEvidence.push({ kind: 'note', detail: `${siPath} has no ${SI_FIELD} entry` });
        refMissing = `reference the assessment from ${siPath} at ${SI_FIELD}${pointAt}`;
    }
    else if (ref.target.kind === 'none') {
        refMissing = `set evidence in ${siPath} at ${SI_FIELD}${pointAt}`;
    }
    else if (ref.target.kind === 'external') {
        siEvidence.push({ kind: 'note', detail: `the evidence points outside this repository: ${ref.target.url.slice(0, 200)}` });
        refMissing = `commit the assessment to this repository and point ${SI_FIELD} evidence at it${bestPath ? ` (${bestPath})` : ''}`;
    }
    else if (!ref.target.exists) {
        siEvidence.push({ kind: 'note', detail: `the evidence names ${ref.target.path}, which is not in the repository` });
        refMissing = `point ${SI_FIELD} evidence at a file that exists${bestPath ? ` (${bestPath})` : ''}`;
    }
    else {
        const covered = artefacts.filter((p) => targetCovers(ref, p));
        coversComplete = completePaths.some((p) => targetCovers(ref, p));
        if (covered.length > 0) {
            refStatus = 'pass';
            siEvidence.push({ kind: 'file', path: covered[0], detail: `${SI_FIELD} points at this assessment document` });
            if (!coversComplete && completePaths.length > 0)
                missing.push(`point ${SI_FIELD} evidence at the complete assessment ${completePaths[0]} instead of ${ref.target.path}`);
        }
        else {
            siEvidence.push({ kind: 'note', detail: `${ref.target.path} is neither a self-assessment nor a Gemara catalog` });
            refMissing = `point ${SI_FIELD} evidence at the assessment document${bestPath ? ` (${bestPath})` : ''}`;
        }
    }
    checks.push({ id: 'security-insights-reference', title: `Referenced from Security Insights ${SI_FIELD}`, status: refStatus, evidence: siEvidence, ...(refMissing ? { missing: refMissing } : {}) });
    if (refMissing)
        missing.push(refMissing);
    // 5. Security Insights and the repository agree.
    if (ref && !si.problem) {
        const m = a.mismatch;
        const consistent = {
            id: 'security-insights-consistent',
            title: 'Security Insights and the repository agree on whether the assessment is done',
            status: m ? 'fail' : 'pass',
            evidence: m
                ? [{ kind: 'security-insights', path: m.path ?? siPath, ...(m.line !== undefined ? { line: m.line } : {}), detail: m.detail }]
                : [{ kind: 'security-insights', path: ref.path ?? siPath, ...(ref.line !== undefined ? { line: ref.line } : {}), detail: ref.saysNotDone ? `says the assessment is not done (${JSON.stringify(ref.notDoneReason ?? '')}), and no complete assessment was found` : 'does not say the assessment is unfinished' }],
        };
        if (m) {
            consistent.missing = `update ${SI_FIELD} in ${siPath}: its comment says the assessment is not done (${JSON.stringify(ref.notDoneReason ?? '')}) while ${completePaths[0] ?? 'the document'} looks complete`;
            missing.push(consistent.missing);
        }
        checks.push(consistent);
    }
    const saysNotDone = ref?.saysNotDone === true;
    const anyEvidence = gemaraSeen || anyDocs.length > 0 || (ref !== null && ref.target.kind !== 'none' && !(ref.target.kind === 'local' && !ref.target.exists));
    let status;
    if (haveComplete && refStatus === 'pass' && coversComplete && !saysNotDone)
        status = 'met';
    else if (haveComplete && refStatus === 'unknown')
        status = 'unknown';
    else if (anyEvidence)
        status = 'partial';
    else
        status = 'unmet';
    return { id: 'inspector', title: TITLE, status, checks, missing: [...new Set(missing)] };
}

;// CONCATENATED MODULE: ./src/objectives/mechanizer.ts



const TOOLS_FIELD = SCANNER_TOOL.field;
/** The tools entry to add (src/model/advice.ts), named after the scanner the workflow runs; `type` is one the schema allows. */
function toolEntry(name) {
    return `- ${inlineYaml({ ...SCANNER_TOOL.value, name })}`;
}
/** Names under which a Baseline scanner may be listed in Security Insights. */
const SCANNER_NAME_RE = /security[-_ ]?slam|osps[-_ ]?baseline|\bpvtr\b|privateer/i;
const EXAMPLE_WORKFLOW = RECURRING_SCAN_WORKFLOW.file;
const mechanizer_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function toolText(t) {
    const parts = [];
    for (const k of ['name', 'type', 'comment', 'rulesets', 'version'])
        if (typeof t[k] === 'string')
            parts.push(t[k]);
    return parts.join(' ');
}
function evaluateMechanizerDetailed(facts) {
    const scanners = facts.workflows.scanners;
    const recurring = scanners.filter((s) => s.recurring);
    const checks = [];
    const actions = [];
    const branch = facts.context.defaultBranch ?? facts.github.defaultBranch.name ?? 'the default branch';
    // 1. A recurring scanner.
    if (recurring.length > 0) {
        checks.push({
            id: 'recurring-scan',
            title: 'A Baseline scanner runs on push to the default branch, on a schedule or on release',
            status: 'pass',
            evidence: recurring.slice(0, 5).map((s) => ({ kind: 'workflow', path: s.path, line: s.line, column: s.column, detail: `${s.uses} runs in job ${s.job} (${s.recurringReasons.join(', ') || s.triggers.join(', ')})` })),
        });
    }
    else if (scanners.length > 0) {
        const s = scanners[0];
        const text = `add a push trigger for ${branch} or a schedule trigger to ${s.path}: the Baseline scanner there runs only on ${s.triggers.join(', ') || 'no trigger'}`;
        checks.push({
            id: 'recurring-scan',
            title: 'A Baseline scanner runs on push to the default branch, on a schedule or on release',
            status: 'fail',
            evidence: scanners.slice(0, 5).map((x) => ({ kind: 'workflow', path: x.path, line: x.line, column: x.column, detail: `${x.uses} runs only on ${x.triggers.join(', ') || 'no trigger'}; not recurring${x.recurringReasons.length ? ` (${x.recurringReasons.join(', ')})` : ''}` })),
            missing: text,
        });
        actions.push({ checkId: 'recurring-scan', text, file: s.path });
    }
    else {
        const broken = facts.workflows.parseErrors.slice(0, 3).map((e) => ({ kind: 'workflow', path: e.path, line: e.line, column: e.column, detail: `workflow not read: ${e.message}` }));
        const text = `add a workflow (e.g. ${EXAMPLE_WORKFLOW}) that runs the Security Slam action, revanite-io/osps-baseline-action or revanite-io/pvtr-publish-results on push to ${branch} and on a schedule`;
        checks.push({
            id: 'recurring-scan',
            title: 'A Baseline scanner runs on push to the default branch, on a schedule or on release',
            status: 'fail',
            evidence: [{ kind: 'note', detail: `no workflow runs an OSPS Baseline scanner (${facts.workflows.workflows.length} workflow file(s) read)` }, ...broken],
            missing: text,
        });
        actions.push({ checkId: 'recurring-scan', text, file: EXAMPLE_WORKFLOW });
    }
    // 2. Listed in Security Insights.
    const si = facts.securityInsights;
    const siPath = si.file?.path ?? 'security-insights.yml';
    let listed = 'fail';
    let listedEvidence;
    let listedMissing;
    const toolName = recurring[0]?.uses.includes('osps-baseline-action') ? 'OSPS Baseline' : recurring[0]?.uses.includes('pvtr') ? 'Privateer (pvtr)' : String(SCANNER_TOOL.value.name);
    if (!si.file) {
        listedEvidence = [{ kind: 'note', detail: 'no Security Insights file' }];
        listedMissing = `add security-insights.yml with the scanner under \`${TOOLS_FIELD}\`: ${toolEntry(toolName)}`;
    }
    else if (si.file.legacy) {
        listedEvidence = [{ kind: 'security-insights', path: si.file.path, detail: 'the Security Insights file is schema 1.x, which has no repository.security.tools' }];
        listedMissing = `list the scanner under \`${TOOLS_FIELD}\` in a Security Insights 2.x file`;
    }
    else if (!mechanizer_isObj(si.data)) {
        listed = 'unknown';
        listedEvidence = [{ kind: 'security-insights', path: si.file.path, detail: 'the Security Insights file could not be read as a mapping' }];
        listedMissing = `fix ${si.file.path} so that \`${TOOLS_FIELD}\` can be read`;
    }
    else {
        const f = insightsField(facts, TOOLS_FIELD);
        const tools = f && Array.isArray(f.value) ? f.value : [];
        // A scanner project scanning itself may list the scanner under its own name.
        const ownName = scanners.some((s) => s.selfBuilt) ? (facts.context.repository?.split('/')[1]?.toLowerCase() ?? null) : null;
        const idx = tools.findIndex((t) => mechanizer_isObj(t) && (SCANNER_NAME_RE.test(toolText(t)) || (ownName !== null && toolText(t).toLowerCase().includes(ownName))));
        if (idx >= 0) {
            listed = 'pass';
            const t = tools[idx];
            listedEvidence = [(0,field/* siEvidence */.m_)(si, `${TOOLS_FIELD}[${idx}]`, `${TOOLS_FIELD} lists ${JSON.stringify(String(t.name ?? '').slice(0, 80))}`)];
        }
        else {
            listedEvidence = [(0,field/* siEvidence */.m_)(si, TOOLS_FIELD, tools.length ? `${TOOLS_FIELD} lists ${tools.length} tool(s), none of them an OSPS Baseline scanner` : `no ${TOOLS_FIELD}`)];
            listedMissing = `list the scanner under \`${TOOLS_FIELD}\` in ${siPath}: ${toolEntry(toolName)}`;
        }
    }
    checks.push({ id: 'listed-in-security-insights', title: `The scanner is listed under ${TOOLS_FIELD} in Security Insights`, status: listed, evidence: listedEvidence, ...(listedMissing ? { missing: listedMissing } : {}) });
    if (listedMissing)
        actions.push({ checkId: 'listed-in-security-insights', text: listedMissing, field: TOOLS_FIELD, file: siPath });
    // 3. Last successful run on the default branch (information only).
    if (recurring.length > 0) {
        const paths = new Set(recurring.map((s) => s.path));
        const runs = facts.github.scannerRuns.filter((r) => paths.has(r.workflow));
        const evidence = [];
        let status = 'unknown';
        let missing;
        let newest = null;
        const unknownReasons = [];
        let answered = false;
        for (const r of runs) {
            const a = r.lastSuccess;
            if (a.state === 'unknown') {
                unknownReasons.push(a.reason);
                continue;
            }
            answered = true;
            if (a.data && (!newest || (a.data.createdAt ?? '') > newest.at))
                newest = { at: a.data.createdAt ?? a.data.updatedAt ?? '', url: a.data.htmlUrl, path: r.workflow };
        }
        if (newest) {
            status = 'pass';
            evidence.push({ kind: 'api', url: newest.url, detail: `last successful run of ${newest.path} on ${branch}: ${newest.at || 'date not given'}` });
        }
        else if (answered) {
            status = 'fail';
            evidence.push({ kind: 'api', detail: `no successful run of ${[...paths].join(', ')} on ${branch} yet` });
            missing = `let ${[...paths][0]} run once on ${branch} (information; does not block this objective)`;
        }
        else {
            const why = unknownReasons[0] ?? facts.github.skippedReason ?? 'the workflow runs were not asked for';
            evidence.push({ kind: 'note', detail: `the last successful run could not be read: ${why}` });
            missing = 'run with a GitHub token (actions: read) to show the last successful run (information; does not block this objective)';
        }
        checks.push({ id: 'last-successful-run', title: 'Last successful run on the default branch (information, does not block)', status, evidence, ...(missing ? { missing } : {}) });
    }
    const recurringOk = checks[0].status === 'pass';
    let status;
    if (recurringOk && listed === 'pass')
        status = 'met';
    else if (recurringOk && listed === 'unknown')
        status = 'unknown';
    else if (scanners.length > 0 || listed === 'pass')
        status = 'partial';
    else
        status = 'unmet';
    const missing = checks.filter((c) => c.status !== 'pass' && c.missing && c.id !== 'last-successful-run').map((c) => c.missing);
    return { result: { id: 'mechanizer', title: 'Mechanizer: a recurring OSPS Baseline scan on the default branch', status, checks, missing }, actions };
}
function evaluateMechanizer(facts) {
    return evaluateMechanizerDetailed(facts).result;
}

// EXTERNAL MODULE: ./src/objectives/types.ts
var types = __webpack_require__(1525);
;// CONCATENATED MODULE: ./src/objectives/next-step.ts



const MAX_ACTIONS = 3;
const REQ_RE = /\bOSPS-[A-Z]{2}-\d\d\.\d\d\b/;
const FIELD_RE = /`((?:project|repository|header)\.[a-z0-9.[\]-]+)`/;
/** Actions for objectives that give only `missing` sentences (Cleaner, Inspector): fields and files are read from the words. */
function actionsFromMissing(missing) {
    return missing.map((text) => {
        const a = { checkId: '', text };
        const req = REQ_RE.exec(text);
        if (req)
            a.requirement = req[0];
        const field = FIELD_RE.exec(text) ?? /\b((?:project|repository)\.(?:[a-z-]+\.)+[a-z-]+)\b/.exec(text);
        if (field)
            a.field = field[1];
        const file = fileIn(text);
        if (file)
            a.file = file;
        return a;
    });
}
// A file the words name, with its folders (docs/security/self-assessment.md, not self-assessment.md).
// Words are split first and each is matched whole, so no pattern runs over the sentence.
const FILE_NAME = /^(?:[\w.-]+\/)*(?:[\w.-]*[\w-]\.(?:ya?ml|md|json)|LICENSE|COPYING)$/;
/** The first path in `text` that names a Markdown, YAML or JSON file, or a license file. */
function fileIn(text) {
    for (const raw of text.split(/[\s"'`(),;:<>[\]{}]+/)) {
        const word = (0,facts_text/* trimEnd */.s8)(raw, '.!?');
        if (word.length > 0 && word.length <= 300 && !word.startsWith('/') && !word.includes('//') && FILE_NAME.test(word))
            return word;
    }
    return undefined;
}
/**
 * What an action asks to change, so that two actions never ask for the same one: its words, and
 * the fix its requirement's remediation names (OSPS-LE-02.01 and OSPS-LE-03.01 both say "add a
 * LICENSE file"), or without one the Security Insights field it fills, or its file for its requirement.
 */
function changesOf(a, byId) {
    const keys = [`words ${next_step_normalise(a.text)}`];
    const fix = a.requirement ? byId.get(a.requirement)?.remediation : undefined;
    if (fix)
        keys.push(`fix ${next_step_normalise(fix)}`);
    else if (a.field)
        keys.push(`field ${a.field}`);
    else if (a.requirement && a.file)
        keys.push(`file ${a.file} for ${a.requirement}`);
    return keys;
}
function next_step_normalise(s) {
    return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
/** Actions without a second one asking for the same change; the one kept names the other requirements it also meets. */
function distinctChanges(candidates, byId) {
    const kept = [];
    const byKey = new Map();
    for (const a of candidates) {
        const keys = changesOf(a, byId);
        const first = keys.map((k) => byKey.get(k)).find((x) => x !== undefined);
        if (first) {
            if (a.requirement && a.requirement !== first.action.requirement && !first.also.includes(a.requirement))
                first.also.push(a.requirement);
            continue;
        }
        const entry = { action: a, also: [] };
        kept.push(entry);
        for (const k of keys)
            byKey.set(k, entry);
    }
    return kept.map(({ action, also }) => (also.length > 0 ? { ...action, text: `${action.text} (the same change also meets ${also.join(', ')})` } : action));
}
function chooseNextStep(objectives, actionsByObjective, controls) {
    const byId = (0,helpers/* controlMap */.wZ)(controls);
    for (const id of types/* OBJECTIVE_IDS */.Z) {
        const o = objectives.find((x) => x.id === id);
        if (!o || o.status === 'met')
            continue;
        const given = actionsByObjective[id];
        // Keep the objective's own order (it lists what to do first, cheapest first), failures before unknowns.
        const failing = new Set(o.checks.filter((c) => c.status === 'fail').map((c) => c.id));
        let candidates = given && given.length > 0 ? given : actionsFromMissing(o.missing);
        if (given && given.length > 0) {
            const fromFails = candidates.filter((a) => failing.has(a.checkId));
            if (fromFails.length > 0)
                candidates = [...fromFails, ...candidates.filter((a) => !failing.has(a.checkId))];
        }
        const ranked = distinctChanges(candidates, byId).slice(0, MAX_ACTIONS);
        const actions = ranked.map((a) => {
            const out = { text: a.text };
            if (a.requirement) {
                out.requirement = a.requirement;
                const help = (0,helpers/* helpFor */.VY)(a.requirement, byId);
                if (help)
                    out.helpUri = help;
            }
            if (a.field)
                out.field = a.field;
            if (a.file)
                out.file = a.file;
            return out;
        });
        if (actions.length === 0)
            actions.push({ text: `see the ${o.title} objective's checks` });
        return { objective: id, title: o.title, actions };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/objectives/index.ts










/** What could not be evaluated, as an honest unknown rather than a crash. */
function failed(id, title, e) {
    const detail = `the objective could not be evaluated: ${e instanceof Error ? e.message : String(e)}`;
    return { id, title, status: 'unknown', checks: [{ id: 'internal-error', title: 'Evaluation', status: 'unknown', evidence: [{ kind: 'note', detail }], missing: 'report this as a bug of the Security Slam action' }], missing: [detail] };
}
function guard(id, title, fn, gaps) {
    try {
        gaps?.reset();
        const out = fn();
        // An objective that read a fact never gathered (time limit), or that is met on a fact whose absences prove nothing, is unknown.
        const read = gaps?.read() ?? [];
        const unread = read.filter((g) => g.kind === 'unread');
        if (unread.length > 0 || (read.length > 0 && out.result.status === 'met')) {
            const why = `not decided: ${gapReasons(unread.length > 0 ? unread : read)}`;
            return { ...out, result: { ...out.result, status: 'unknown', missing: [why, ...out.result.missing] } };
        }
        return out;
    }
    catch (e) {
        return { result: failed(id, title, e) };
    }
}
function evaluateObjectives(allFacts, controls, level) {
    const gaps = trackGaps(allFacts);
    const facts = gaps.facts;
    const si = allFacts.securityInsights;
    const cleaner = guard('cleaner', 'Cleaner', () => ({ result: evaluateCleaner(facts.securityInsights) }), gaps);
    const chronicler = guard('chronicler', 'Chronicler', () => evaluateChroniclerDetailed(facts, controls, level), gaps);
    const siProblem = si.file && si.data === null ? (si.diagnostics.find((d) => d.severity === 'error')?.message ?? 'the file could not be parsed') : undefined;
    const inspector = guard('inspector', 'Inspector', () => ({
        result: evaluateInspector(facts.assessment, { present: facts.securityInsights.file !== null, ...(si.file ? { path: si.file.path } : {}), ...(siProblem ? { problem: siProblem } : {}) }),
    }), gaps);
    const mechanizer = guard('mechanizer', 'Mechanizer', () => evaluateMechanizerDetailed(facts), gaps);
    let hubComparison = null;
    const defender = guard('defender', 'Defender', () => {
        const hub = (0,objectives_hub/* evaluateHubPublication */.R)({ grcHub: facts.grcHub, publishing: facts.workflows.hubPublishing, defaultBranch: facts.context.defaultBranch ?? facts.github.defaultBranch.name }, controls, level);
        hubComparison = hub.comparison;
        const d = evaluateDefenderDetailed(controls, level, hub.check);
        return {
            result: d.result,
            actions: d.blockers.map((b) => ({ checkId: b.id, text: b.text, requirement: b.id })),
        };
    });
    const cra = guard('cra-readiness', 'CRA Readiness', () => evaluateCraReadinessDetailed(facts, controls), gaps);
    const objectives = [cleaner.result, chronicler.result, inspector.result, mechanizer.result, defender.result, cra.result];
    const nextStep = chooseNextStep(objectives, { chronicler: chronicler.actions, mechanizer: mechanizer.actions, defender: defender.actions, 'cra-readiness': cra.actions }, controls);
    return { objectives, nextStep, hubComparison };
}

;// CONCATENATED MODULE: ./src/rules/types.ts
const pass = (evidence) => ({ status: 'pass', evidence });
const fail = (evidence, remediation) => ({ status: 'fail', evidence, remediation });
const attested = (evidence, remediation) => ({ status: 'attested', evidence, remediation });
const unknown = (detail, remediation, evidence = []) => ({
    status: 'unknown',
    evidence: [...evidence, { kind: 'note', detail }],
    remediation,
});
const notApplicable = (detail, evidence = []) => ({
    status: 'not-applicable',
    evidence: [...evidence, { kind: 'note', detail }],
});

;// CONCATENATED MODULE: ./src/rules/osps-ac-01-01.ts


const id = 'OSPS-AC-01.01';
function evaluate(facts) {
    const stated = mfaStatement(facts);
    const remediation = 'Require two-factor authentication for the GitHub organization (Settings \u2192 Authentication security), and state it in a "Two-factor authentication" section of SECURITY.md or GOVERNANCE.md.';
    if (stated?.evidence)
        return attested([stated.evidence, { kind: 'note', detail: 'whether GitHub enforces it cannot be read with a repository token; the statement is the project\'s' }], 'Keep the organization setting "Require two-factor authentication" on; organizers may ask for a screenshot of it.');
    return unknown('whether multi-factor authentication is required cannot be read with a repository token (the organization setting needs an owner\'s token); no section of SECURITY, GOVERNANCE, CONTRIBUTING, CRA-READINESS, README or docs/ states that MFA / two-factor authentication is required, which would count as the project\'s statement', remediation, stated?.denied ? [stated.denied] : []);
}

;// CONCATENATED MODULE: ./src/rules/osps-ac-02-01.ts


const ACCESS_HEADING = /least[- ]privilege|access (control|management|policy|levels?|rights)|(collaborators?|contributors?|maintainers?|members?|committers?|repository|repo)\b.{0,20}\b(access|permissions?|privileges?|roles?)\b|\b(permissions?|privileges?)\b.{0,20}\b(model|policy|levels?|collaborators?|maintainers?)|granting (access|permissions?)|becoming a (maintainer|committer)/i;
const osps_ac_02_01_id = 'OSPS-AC-02.01';
function osps_ac_02_01_evaluate(facts) {
    const hit = findProjectSection(facts, ['governance', 'security', 'contributing', 'maintainers', 'docs', 'readme'], headingIs(ACCESS_HEADING), 60);
    const remediation = 'Set the organization\'s base permission to "Read" (or "No permission") so new collaborators get only the role chosen for them, and document in GOVERNANCE.md how access is granted (least privilege, who approves higher roles).';
    if (hit)
        return attested([
            sectionEvidence(hit, 'the project documents how collaborator access is granted'),
            { kind: 'note', detail: 'the organization\'s base permission cannot be read with a repository token; the documented policy is the project\'s statement' },
        ], 'Keep the organization base permission at "Read" or lower.');
    return unknown('GitHub asks for a role when a collaborator is invited to an organization repository, but the organization\'s base permission (and, for personal repositories, the fixed write access of collaborators) cannot be read without an owner\'s token; no section of GOVERNANCE, SECURITY, CONTRIBUTING or docs/ documents how access is granted', remediation);
}

;// CONCATENATED MODULE: ./src/rules/helpers/branch-protection.ts


/** The token permission that would let the branch-protection questions be answered. */
function protectionPermission(facts) {
    const c = facts.github.classicProtection;
    const r = facts.github.branchRules;
    if (c.state === 'unknown' && c.permission)
        return c.permission;
    if (r.state === 'unknown' && r.permission)
        return r.permission;
    // Offline, the missing piece is the network, not a permission; without a token, say which one.
    if (facts.context.offline)
        return undefined;
    return c.state === 'unknown' ? 'administration: read' : undefined;
}
/**
 * A merged branch-protection property as an outcome: true \u2192 pass with the endpoints that said so,
 * false \u2192 fail, null \u2192 unknown saying why and what token would decide it.
 */
function branchFact(facts, fact, what) {
    const branch = facts.github.branchProtection.branch ?? 'the default branch';
    if (fact.value === true)
        return pass(fact.sources.map((s) => apiEvidence(facts, s, `${branch}: ${what.yes}`)));
    if (fact.value === false)
        return fail(fact.sources.map((s) => apiEvidence(facts, s, `${branch}: ${what.no}`)), what.remediation);
    const permission = protectionPermission(facts);
    const answer = { reason: fact.note || facts.github.skippedReason || 'no answer' };
    if (permission)
        answer.permission = permission;
    return unknown(apiUnknownDetail(answer, what.question), what.remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-ac-03-01.ts


const osps_ac_03_01_id = 'OSPS-AC-03.01';
function osps_ac_03_01_evaluate(facts) {
    const bp = facts.github.branchProtection;
    const out = branchFact(facts, bp.pullRequestRequired, {
        yes: 'changes must come through a pull request (direct pushes are refused)',
        no: 'no rule requires a pull request, so direct commits are accepted',
        question: 'whether direct commits to the default branch are blocked',
        remediation: 'Add a branch ruleset (or classic branch protection) on the default branch with "Require a pull request before merging", and block force pushes.',
    });
    if (out.status === 'pass') {
        if (bp.forcePushBlocked.value === true)
            out.evidence.push(...bp.forcePushBlocked.sources.map((s) => apiEvidence(facts, s, 'force pushes are blocked')));
        const c = facts.github.classicProtection;
        if (c.state === 'ok' && c.data.enabled && c.data.pullRequestReviewsRequired && !c.data.enforceAdmins && !bp.pullRequestRequired.sources.some((s) => s.includes('/rules/')))
            out.evidence.push({ kind: 'note', detail: 'classic protection does not apply to administrators ("Do not allow bypassing the above settings" is off)' });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/osps-ac-03-02.ts

const osps_ac_03_02_id = 'OSPS-AC-03.02';
function osps_ac_03_02_evaluate(facts) {
    return branchFact(facts, facts.github.branchProtection.deletionBlocked, {
        yes: 'deletion of the branch is blocked',
        no: 'nothing blocks deleting the branch',
        question: 'whether deleting the default branch is blocked',
        remediation: 'Add a branch ruleset on the default branch with "Restrict deletions" (or classic branch protection, which blocks deletion unless "Allow deletions" is ticked).',
    });
}

;// CONCATENATED MODULE: ./src/rules/helpers/workflows.ts
// Workflow findings for one requirement as an outcome (OSPS-AC-04, OSPS-BR-01), other CI systems
// this action does not analyse, and detector hits as evidence.



/** CI systems other than GitHub Actions, whose pipelines this action does not analyse. */
const OTHER_CI = /^(\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|\.travis\.ya?ml|azure-pipelines\.ya?ml|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/.+\.ya?ml|\.woodpecker(\.ya?ml|\/.+\.ya?ml)|\.cirrus\.ya?ml|appveyor\.ya?ml|\.forgejo\/workflows\/.+\.ya?ml|\.gitea\/workflows\/.+\.ya?ml)$/;
function otherCiFiles(facts) {
    return facts.files.filter((f) => OTHER_CI.test(f.path)).map((f) => f.path);
}
/** A finding, and the gate in front of it (its mitigation) at its own line. */
function findingEvidence(f) {
    const snippet = f.snippet ? ` \u2014 "${f.snippet}"` : '';
    const out = [{ kind: 'workflow', path: f.path, line: f.line, column: f.column, detail: `${f.severity}: ${f.message}${snippet}` }];
    if (f.gate)
        out.push({ kind: 'workflow', path: f.gate.path, line: f.gate.line, column: f.gate.column, detail: `mitigation for ${f.path}:${f.line}: ${f.gate.detail}` });
    return out;
}
/**
 * A finding behind a deployment environment, judged with the API's answer about the environment:
 * required reviewers lower it to `gatedSeverity`; none (or no such environment) leave it; an
 * unanswered question leaves it, with the reason, `undecided` when the answer would change the verdict.
 */
function withEnvironmentGate(facts, f) {
    const env = f.gate?.kind === 'environment' ? f.gate.environment : undefined;
    if (!env || !f.gatedSeverity)
        return { finding: f };
    const a = facts.github.environments.find((e) => e.name === env)?.answer;
    if (!a || a.state === 'unknown') {
        const why = env.includes('${{') ? 'the environment is chosen by an expression; check by hand that the one a fork\'s run gets requires reviewers' : (a?.reason ?? facts.github.skippedReason ?? 'not asked');
        const changes = f.severity !== 'note' && f.gatedSeverity === 'note';
        return {
            finding: { ...f, message: `${f.message} Whether environment "${env}" requires reviewers could not be read from the GitHub API: ${why}.` },
            ...(changes ? { undecided: `whether environment "${env}" requires reviewers, which would gate ${f.path}:${f.line}, could not be read from the GitHub API: ${why}` } : {}),
        };
    }
    if (a.data && a.data.requiredReviewers > 0)
        return { finding: { ...f, severity: f.gatedSeverity, message: `${f.message} Environment "${env}" requires ${a.data.requiredReviewers} reviewer(s) to approve each run (GitHub API): the gate.` } };
    return { finding: { ...f, message: `${f.message} Environment "${env}" ${a.data ? 'requires no reviewers' : 'does not exist yet, so it requires no reviewers'} (GitHub API): no gate.` } };
}
/**
 * Workflow findings for one requirement as an outcome.
 * - no GitHub Actions workflows or actions: not-applicable, or unknown when another CI system's
 *   configuration is present (not analysed);
 * - findings of severity error or warning: fail, each with file:line:column;
 * - findings of severity note only (a guarded or called-only case the analysis judged low risk):
 *   pass, with the notes as evidence for a person to review;
 * - files GitHub would run but that could not be analysed (size limit, unreadable), or findings cut
 *   at their cap: unknown, unless something already fails.
 */
function workflowVerdict(facts, id, text) {
    const wf = facts.workflows;
    const judged = wf.findings.filter((f) => f.requirement === id).map((f) => withEnvironmentGate(facts, f));
    const own = judged.map((j) => j.finding);
    const failing = own.filter((f) => f.severity !== 'note');
    const notes = own.filter((f) => f.severity === 'note');
    const valid = wf.workflows.filter((w) => w.valid);
    const actions = wf.actions.filter((a) => a.valid && a.using === 'composite');
    const undecided = judged.filter((j) => j.undecided !== undefined && j.finding.severity !== 'note');
    if (failing.length > 0 && undecided.length === failing.length)
        return unknown(undecided.map((j) => j.undecided).join('; '), `${text.remediation} Or require reviewers on the environment and run with a token (actions: read) so that it can be read.`, capEvidence([...failing, ...notes].flatMap(findingEvidence)));
    if (failing.length > 0)
        return fail(capEvidence([...failing, ...notes].flatMap(findingEvidence)), text.remediation);
    const unanalysed = wf.parseErrors.filter((e) => e.kind === 'limit' || e.kind === 'unreadable');
    const broken = wf.parseErrors.filter((e) => e.kind === 'yaml' || e.kind === 'structure');
    if (wf.workflows.length === 0 && wf.parseErrors.length === 0) {
        const other = otherCiFiles(facts);
        if (other.length > 0)
            return unknown(`no GitHub Actions workflows; CI configuration of another system is present (${other.slice(0, 5).join(', ')}) and is not analysed`, 'Review those pipelines by hand for this requirement, or move CI to GitHub Actions where it can be checked.');
        return notApplicable('no CI/CD pipelines: no GitHub Actions workflows in .github/workflows and no other CI configuration');
    }
    const scope = `${valid.length} workflow(s)${actions.length > 0 ? ` and ${actions.length} composite action(s)` : ''} analysed`;
    const evidence = [{ kind: 'note', detail: `${scope}, ${text.none}` }, ...notes.flatMap(findingEvidence)];
    for (const e of broken)
        evidence.push({ kind: 'workflow', path: e.path, line: e.line, column: e.column, detail: `not analysed: ${e.message} (GitHub does not run a workflow it cannot parse)` });
    if (unanalysed.length > 0)
        return unknown(`${unanalysed.length} workflow file(s) GitHub may run could not be analysed`, 'Split or shorten the workflow files named so that they can be analysed.', [...evidence, ...unanalysed.map((e) => ({ kind: 'workflow', path: e.path, line: e.line, column: e.column, detail: `not analysed: ${e.message}` }))]);
    if (wf.findingsTruncated)
        return unknown('workflow findings were cut at their cap before every file was analysed', 'Fix the findings reported and run the evaluation again.', evidence);
    if (valid.length === 0 && actions.length === 0)
        return notApplicable('no workflow that GitHub can run: every workflow file fails to parse', evidence);
    return pass(capEvidence(evidence));
}
function detectorEvidence(d, what, hits = d.hits) {
    return hits.filter((h) => h.qualifies).map((h) => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `${what}: ${h.tool} (${h.text}) in ${h.workflow}, runs on ${h.triggers.join(', ')}` }));
}
/** Words in a workflow's file name or a job's id that make it a test of the software (an end-to-end test signs a demo image, not a release). */
const TEST_WORDS = new Set(['e2e', 'test', 'tests', 'testing', 'conformance', 'integration', 'smoke', 'verify', 'verification', 'demo', 'example', 'examples', 'sample', 'samples']);
/**
 * True when a hit is in a test workflow or job (its file name or job id holds one of TEST_WORDS),
 * or in a script of the tests that a step runs (sigstore/rekor's tests/cleanup-index-test.sh signs
 * test blobs with minisign).
 */
function inTestWorkflow(h) {
    if (h.via === 'script' && underFolder(h.path, TEST_DIRS))
        return true;
    const file = h.workflow.slice(h.workflow.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
    return [file, h.job].some((name) => name.toLowerCase().split(/[^a-z0-9]+/).some((w) => TEST_WORDS.has(w)));
}

;// CONCATENATED MODULE: ./src/rules/osps-ac-04-01.ts


const osps_ac_04_01_id = 'OSPS-AC-04.01';
function osps_ac_04_01_evaluate(facts) {
    const out = workflowVerdict(facts, 'OSPS-AC-04.01', {
        none: 'each declares permissions: at the top level or on every job (or calls a workflow of this repository that does)',
        remediation: 'Add `permissions: {}` (or `contents: read`) at the top of each workflow named, and grant more per job; also set Settings \u2192 Actions \u2192 Workflow permissions to "Read repository contents".',
    });
    if (out.status === 'pass') {
        const declared = facts.workflows.workflows
            .filter((w) => w.valid && w.permissions.position)
            .map((w) => ({ kind: 'workflow', path: w.path, line: w.permissions.position.line, column: w.permissions.position.column, detail: `top-level permissions: ${w.permissions.kind}` }));
        out.evidence = capEvidence([...out.evidence, ...declared]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/osps-ac-04-02.ts

const osps_ac_04_02_id = 'OSPS-AC-04.02';
function osps_ac_04_02_evaluate(facts) {
    return workflowVerdict(facts, 'OSPS-AC-04.02', {
        none: 'no permissions: write-all and no write scope granted to every job of a multi-job workflow',
        remediation: 'Replace `write-all` with the scopes each job needs, and move write scopes from the workflow level to the job that needs them.',
    });
}

;// CONCATENATED MODULE: ./src/rules/osps-br-01-01.ts

const osps_br_01_01_id = 'OSPS-BR-01.01';
function osps_br_01_01_evaluate(facts) {
    return workflowVerdict(facts, 'OSPS-BR-01.01', {
        none: 'no untrusted event data (titles, bodies, branch names, commit messages) expanded into a script',
        remediation: 'Pass each untrusted value through `env:` and use it as a quoted "$VAR" in the script, instead of expanding `${{ github.event... }}` inside `run:` or `script:`.',
    });
}

;// CONCATENATED MODULE: ./src/rules/osps-br-01-03.ts

const osps_br_01_03_id = 'OSPS-BR-01.03';
function osps_br_01_03_evaluate(facts) {
    return workflowVerdict(facts, 'OSPS-BR-01.03', {
        none: 'no privileged trigger (pull_request_target, workflow_run, issue_comment) checks out or runs pull request code',
        remediation: 'Do not check out or download the pull request\'s code in pull_request_target / workflow_run jobs that hold secrets or a write token; build and test it in a `pull_request` workflow with read-only permissions instead.',
    });
}

;// CONCATENATED MODULE: ./src/rules/osps-br-01-04.ts

const osps_br_01_04_id = 'OSPS-BR-01.04';
function osps_br_01_04_evaluate(facts) {
    return workflowVerdict(facts, 'OSPS-BR-01.04', {
        none: 'no workflow_dispatch, workflow_call or composite-action input expanded into a script without validation',
        remediation: 'Give manual inputs a `choice`, `boolean` or `number` type, or pass them through `env:` and validate the quoted "$VAR" in the script before use.',
    });
}

;// CONCATENATED MODULE: ./src/rules/helpers/release.ts

/**
 * Applies the release gate when no evidence was found: released \u2192 fail, no release \u2192
 * not-applicable, cannot tell \u2192 unknown. `seen` is evidence that explains the miss.
 */
function releaseGated(facts, seen, remediation) {
    const rel = releaseState(facts);
    if (rel.state === 'released')
        return fail([...seen, rel.evidence], remediation);
    if (rel.state === 'none')
        return notApplicable('the project has not made a release, so this requirement does not apply yet', [...seen, rel.evidence]);
    return unknown(`${rel.reason}; the requirement applies once the project has made a release`, remediation, seen);
}
/** The newest published release that is not a pre-release (else the newest published one). */
function officialLatest(facts) {
    const rel = facts.github.releases;
    if (rel.state !== 'ok')
        return null;
    const published = rel.data.releases.filter((r) => !r.draft);
    const newest = (list) => [...list].sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? ''))[0] ?? null;
    return newest(published.filter((r) => !r.prerelease && r.publishedAt)) ?? newest(published.filter((r) => r.publishedAt)) ?? published[0] ?? null;
}
function releaseEvidence(r, detail) {
    return { kind: 'api', url: r.htmlUrl, detail: `release ${r.tagName}: ${detail}` };
}
/** Outcome for a release-gated rule when there is no release, or none can be seen; null to go on. */
function gate(facts, what) {
    const rs = releaseState(facts);
    if (rs.state === 'none')
        return notApplicable(`the project has made no release, so ${what} does not apply yet`, [rs.evidence]);
    if (rs.state === 'unknown')
        return unknown(rs.reason, 'Run with a GitHub token (contents: read) so releases can be read.');
    return null;
}
/** The outcome when nothing was found: fail once released, not applicable before, unknown when it cannot be told. */
function releaseGate(facts, missing, remediation, evidence = []) {
    const rs = releaseState(facts);
    if (rs.state === 'released')
        return fail([...evidence, { kind: 'note', detail: missing }, rs.evidence], remediation);
    if (rs.state === 'none')
        return notApplicable(`the project has not made a release, so this is not yet required (${missing})`, [...evidence, rs.evidence]);
    return unknown(`${missing}; ${rs.reason}, and this is required only once the project has released`, remediation, evidence);
}
/**
 * Whether the project has made a release: the API's releases first, then tags in the checkout.
 * Release-gated requirements are not applicable without a release, unknown when it cannot be told.
 */
function releaseState(facts) {
    const rel = facts.github.releases;
    if (rel.state === 'ok') {
        const s = rel.data.summary;
        if (s.releasesExist && s.latest)
            return { state: 'released', evidence: { kind: 'api', url: s.latest.htmlUrl, detail: `${s.publishedCount} published release(s); latest ${s.latest.tagName}` } };
        const tags = facts.github.tags;
        if (tags.state === 'ok' && tags.data.names.length > 0)
            return { state: 'released', evidence: { kind: 'api', detail: `no GitHub releases, but ${tags.data.names.length} tag(s), e.g. ${tags.data.names[0]}` } };
        if (tags.state === 'ok')
            return { state: 'none', evidence: { kind: 'api', detail: 'the repository has no releases and no tags' } };
    }
    if (facts.git.tags.length > 0)
        return { state: 'released', evidence: { kind: 'git', detail: `${facts.git.tags.length} tag(s) in the checkout, e.g. ${facts.git.tags[facts.git.tags.length - 1]}` } };
    const why = rel.state === 'unknown' ? rel.reason : 'tags could not be read';
    return { state: 'unknown', reason: `whether the project has made a release could not be told (${why}; no tags in the checkout)` };
}
/**
 * For a requirement whose evidence may be on the forge rather than in the repository (release
 * notes in a GitHub release, signatures or an SBOM among its assets): when GitHub's releases could
 * not be read (offline, no token, an API error), finding nothing here decides nothing. Returns the
 * `unknown` outcome that says what would decide it; null when releases were read (the caller
 * decides).
 */
function forgeUnread(facts, missing, onForge, remediation, evidence = []) {
    const rel = facts.github.releases;
    if (rel.state === 'ok')
        return null;
    return unknown(`${missing}; ${onForge} would be on the project's GitHub releases, which were not read (${rel.reason}): a run that can read releases (online, with a token that has contents: read) would decide it`, remediation, evidence);
}
/** Release tooling whose every release writes release notes on the forge: configuration files, and publishing steps in workflows. */
const NOTES_CONFIG = [
    [/^\.?goreleaser\.ya?ml$/, 'GoReleaser, which writes a changelog into each release it publishes'],
    [/^(?:release-please-config\.json|\.release-please-manifest\.json)$/, 'release-please, which writes release notes for each release'],
    [/^\.changeset\/config\.json$/, 'Changesets, which writes a changelog entry for each release'],
    [/^(?:\.releaserc(?:\.(?:json|ya?ml|js|cjs|mjs))?|release\.config\.(?:js|cjs|mjs))$/, 'semantic-release, which writes release notes for each release'],
    [/^\.github\/release-drafter\.ya?ml$/, 'Release Drafter, which drafts release notes for each release'],
    [/^\.github\/release\.ya?ml$/, 'GitHub\'s generated release notes (.github/release.yml configures them)'],
    [/^cliff\.toml$/, 'git-cliff, which generates the changelog from commits'],
];
const NOTES_TOOLS = /^(?:goreleaser|release-please)$/;
/** Evidence that the project's release tooling writes release notes on every release (not decisive: the notes are on the forge). */
function releaseNotesTooling(facts) {
    const out = [];
    for (const f of facts.files) {
        if (out.length >= 3)
            break;
        const hit = NOTES_CONFIG.find(([re]) => re.test(f.path));
        if (hit)
            out.push({ kind: 'file', path: f.path, line: 1, detail: `release notes are written by ${hit[1]}` });
    }
    for (const h of facts.workflows.detectors.releases.hits) {
        if (out.length >= 4)
            break;
        if (h.qualifies && NOTES_TOOLS.test(h.tool))
            out.push({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `the release workflow runs ${h.tool}, which writes release notes for each release` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/osps-br-02-01.ts



const VERSIONISH = /\d/;
const osps_br_02_01_id = 'OSPS-BR-02.01';
function osps_br_02_01_evaluate(facts) {
    const rel = facts.github.releases;
    if (rel.state === 'ok' && rel.data.summary.releasesExist) {
        const s = rel.data.summary;
        const ev = apiEvidence(facts, rel.source.endpoint, `${s.publishedCount} published release(s)`);
        if (!s.uniqueTagNames)
            return fail([ev, { kind: 'note', detail: `tag names used by more than one release: ${s.duplicateTagNames.join(', ')}` }], 'Give every release its own version tag (SemVer such as v1.2.3, or CalVer) and never reuse a tag for a second release.');
        const official = rel.data.releases.filter((r) => !r.draft && !r.prerelease);
        const unversioned = official.filter((r) => !VERSIONISH.test(r.tagName));
        if (unversioned.length > 0)
            return fail([ev, ...unversioned.slice(0, 10).map((r) => releaseEvidence(r, `tag "${r.tagName}" names no version`))], 'Tag each official release with a version identifier (v1.2.3, 2026.03.1) instead of a moving name such as "latest" or "nightly", or mark such builds as pre-releases.');
        const latest = officialLatest(facts);
        const examples = official.slice(0, 5).map((r) => r.tagName).join(', ');
        return pass([ev, ...(latest ? [releaseEvidence(latest, 'latest release')] : []), { kind: 'note', detail: `every release has its own tag${examples ? `, e.g. ${examples}` : ''}${rel.data.truncated ? ' (first 100 releases read)' : ''}` }]);
    }
    const gated = gate(facts, 'a unique version identifier per release');
    if (gated)
        return gated;
    const tags = facts.github.tags.state === 'ok' ? facts.github.tags.data.names : facts.git.tags;
    const versioned = tags.filter((t) => VERSIONISH.test(t));
    if (versioned.length > 0)
        return pass([
            releaseState(facts).state === 'released' && facts.github.tags.state === 'ok'
                ? apiEvidence(facts, facts.github.tags.source.endpoint, `${tags.length} tag(s), e.g. ${versioned.slice(0, 3).join(', ')}`)
                : { kind: 'git', detail: `${tags.length} tag(s) in the checkout, e.g. ${versioned.slice(0, 3).join(', ')}` },
            { kind: 'note', detail: 'releases are git tags, each unique by construction and naming a version' },
        ]);
    return fail([{ kind: 'note', detail: `tags name no version: ${tags.slice(0, 5).join(', ')}` }], 'Tag each release with a version identifier such as v1.2.3 (SemVer) or 2026.03.1 (CalVer).');
}

;// CONCATENATED MODULE: ./src/rules/osps-br-02-02.ts



const osps_br_02_02_id = 'OSPS-BR-02.02';
function osps_br_02_02_evaluate(facts) {
    const gated = gate(facts, 'naming release assets after the release');
    if (gated)
        return gated;
    const latest = officialLatest(facts);
    const rel = facts.github.releases;
    if (!latest || rel.state !== 'ok')
        return unknown('the project has tags but no GitHub releases could be read, so the names of its release assets could not be checked', 'Publish releases on GitHub with assets named after the version (tool_1.2.3_linux_amd64.tar.gz), or run with a token that can read releases.');
    const s = rel.data.summary;
    const older = { kind: 'note', detail: `${s.withVersionedAssetNames} of ${s.withAssets} release(s) with assets name every artifact after the version` };
    if (latest.assets.length === 0)
        return pass([releaseEvidence(latest, 'no uploaded assets; only GitHub\'s source archives, which carry the tag name'), older]);
    const artifacts = latest.assets.filter((a) => !a.kinds.some((k) => k === 'signature' || k === 'certificate' || k === 'checksum' || k === 'provenance' || k === 'license'));
    const bad = artifacts.filter((a) => !a.containsVersion);
    if (artifacts.length === 0)
        return pass([releaseEvidence(latest, 'its assets are only signatures, checksums, provenance or license files'), older]);
    if (bad.length === 0)
        return pass([releaseEvidence(latest, `all ${artifacts.length} artifact(s) carry the version, e.g. ${artifacts[0].name}`), older]);
    return fail(capEvidence([...bad.map((a) => ({ kind: 'api', url: a.browserDownloadUrl, detail: `asset "${a.name}" of ${latest.tagName} does not carry the version` })), older]), `Name every release artifact after the release version (e.g. ${'tool_<version>_<os>_<arch>.tar.gz'}) so a downloaded file still says which release it came from.`);
}

;// CONCATENATED MODULE: ./src/rules/helpers/channels.ts
// Encrypted channels (OSPS-BR-03.01 / 03.02). Channels are the URLs the project lists: Security
// Insights fields that name project channels, README links of the project's own whose text names
// the website, documentation or downloads, and README badges that lead to a package registry (the
// project's page there). Any `http://`, `ftp://` or `git://` channel fails on its line (loopback
// addresses are ignored).




function siStringChannel(facts, field) {
    const f = insightsField(facts, field);
    if (!f || typeof f.value !== 'string' || f.value.trim() === '')
        return null;
    return { uri: f.value.trim(), evidence: insightsEvidence(facts, field, `${field}: ${f.value.trim()}`) };
}
function siListChannels(facts, list, key) {
    const f = insightsField(facts, list);
    if (!f || !Array.isArray(f.value))
        return [];
    const out = [];
    f.value.forEach((_, i) => {
        const c = siStringChannel(facts, `${list}[${i}].${key}`);
        if (c)
            out.push(c);
    });
    return out;
}
/** Package registries: a project's page there is where its releases are published and downloaded. */
const REGISTRY_HOSTS = new Set([
    'pypi.org', 'npmjs.com', 'npmjs.org', 'crates.io', 'rubygems.org', 'packagist.org', 'nuget.org', 'central.sonatype.com', 'search.maven.org',
    'hub.docker.com', 'quay.io', 'artifacthub.io', 'anaconda.org', 'pkg.go.dev', 'hex.pm', 'pub.dev', 'cocoapods.org', 'metacpan.org',
    'cran.r-project.org', 'juliahub.com', 'open-vsx.org', 'marketplace.visualstudio.com', 'plugins.gradle.org',
]);
/** True when a URL is a page on a package registry. */
function registryPage(uri) {
    const host = /^[a-z][a-z0-9+.-]{0,20}:\/\/([^/?#:@\s]{1,253})/i.exec(uri)?.[1]?.toLowerCase();
    return host !== undefined && REGISTRY_HOSTS.has(host.startsWith('www.') ? host.slice(4) : host);
}
/** Words a link's text may hold besides the channel's own words, the project's name and version numbers, and still be a bare label ("the latest release", "Installation guide"). */
const LABEL_WORDS = new Set('a an the our its this here now latest current stable official full online project page pages site guide guides instructions instruction notes user users reference api more information info details how to for of and from on in at with via see visit read get go'.split(' '));
/**
 * Where a URL is on GitHub: the owner (of github.com/owner/..., or of an <owner>.github.io site) and
 * the repository (of github.com/owner/repo/..., null for an owner's page or a site), lower-cased;
 * null for other hosts.
 */
function githubPlace(uri) {
    const m = /^https?:\/\/(?:www\.)?([^/?#:@\s]{1,253})(?:\/([^/?#\s]{1,100}))?(?:\/([^/?#\s]{1,100}))?/i.exec(uri);
    if (!m)
        return null;
    const host = m[1].toLowerCase();
    if (host === 'github.com')
        return { owner: m[2]?.toLowerCase() ?? '', repo: m[3] ? m[3].toLowerCase().replace(/\.git$/, '') : null };
    return host.endsWith('.github.io') ? { owner: host.slice(0, -'.github.io'.length), repo: null } : null;
}
/**
 * Whether a README link is a channel of the project itself, not a third party's page: a GitHub
 * link into this repository or to its owner's page or site (any other owner's is someone else's;
 * another repository of the owner counts under a bare label), or, elsewhere, a link
 * whose text is a bare label, nothing but the channel's words, the project's name and filler
 * ("Download", "the latest release", "Installation guide"). "install Cosign" is not: it names
 * someone else's tool, on someone else's site.
 */
function ownChannel(facts, text, target, words) {
    const place = githubPlace(target);
    const [own, name] = (facts.context.repository ?? '').toLowerCase().split('/');
    if (place !== null && own) {
        if (place.owner !== own)
            return false;
        // Another repository of the same owner (ossf/allstar's "OpenSSF Scorecard documentation" in
        // ossf/scorecard) is another project's page unless a bare label names it as this one's.
        if (place.repo === null || place.repo === name)
            return true;
    }
    const project = new Set([own, name, ...(name ?? '').split(/[-_.]/)].filter(Boolean));
    return text
        .toLowerCase()
        .replace(words, ' ')
        .split(/[^a-z0-9]+/)
        .every((w) => w === '' || LABEL_WORDS.has(w) || project.has(w) || /^v?\d+$/.test(w));
}
/**
 * The README's words just before a link say the releases are there: okhttp's "The latest release
 * is available on [Maven Central](...)", spire's "Pre-built releases of SPIRE can be found at
 * <https://github.com/spiffe/spire/releases>".
 */
const RELEASES_AT = /\breleases?\b[^.]{0,60}\b(?:available|found|published|hosted|distributed)\b[^.]{0,20}$/i;
/** "Documentation for ... all releases can be found on our website" (strimzi's) is where the documentation is. */
const ABOUT_RELEASES = /\b(?:documentation|docs|notes|changelogs?|announcements?|blog)\b/i;
function releasesAt(before) {
    return RELEASES_AT.test(before) && !ABOUT_RELEASES.test(before.slice(before.lastIndexOf('.') + 1));
}
/**
 * Channels named by the README: links of the project's own whose text matches `textRe` (see
 * ownChannel), links the words before them introduce as where releases are, and badges that lead
 * to a registry page (a badge describes the project itself; a plain link to a registry may name a
 * dependency). A badge's text is what the badge shows:
 * "Downloads" on a badge is a download count (a link to a statistics site), not where releases are
 * downloaded from, so that word does not name a badge.
 */
function readmeChannels(facts, textRe) {
    const out = [];
    const words = new RegExp(textRe.source, 'gi');
    for (const doc of documents_documentsOf(facts.documents, 'readme').slice(0, 1)) {
        for (const l of doc.outline?.links ?? []) {
            if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(l.target))
                continue;
            const text = l.image ? l.text.replace(/\bdownloads?\b/gi, ' ') : l.text;
            const named = textRe.test(text) && l.text !== l.target && ownChannel(facts, text, l.target, words);
            const said = !l.image && !named && doc.outline !== null && releasesAt(doc.outline.proseBefore(l.line, l.column, 120));
            if (!named && !said && !(l.image && registryPage(l.target)))
                continue;
            if (out.some((c) => c.uri === l.target && c.evidence.line === l.line))
                continue;
            const what = l.image ? 'badge' : 'link';
            const why = named ? '' : said ? ' (where the README says releases are)' : ' (a package registry)';
            out.push({ uri: l.target, evidence: fileEvidence(doc.path, `README ${what} "${l.text}" \u2192 ${l.target}${why}`, l.line, l.column) });
        }
    }
    return out;
}
function channelVerdict(uri) {
    const m = /^([a-z][a-z0-9+.-]*):/i.exec(uri);
    if (!m)
        return 'other';
    const scheme = m[1].toLowerCase();
    if (scheme === 'http') {
        const host = /^http:\/\/([^/:?#]+)/i.exec(uri)?.[1]?.toLowerCase() ?? '';
        if (host === 'localhost' || host.startsWith('127.') || host === '[::1]')
            return 'other';
        return 'plain';
    }
    if (scheme === 'ftp' || scheme === 'git' || scheme === 'telnet')
        return 'plain';
    if (scheme === 'https' || scheme === 'ssh' || scheme === 'git+ssh' || scheme === 'ftps' || scheme === 'sftp')
        return 'encrypted';
    return 'other';
}
function channelsOutcome(facts, channels, noun, remediation) {
    const plain = channels.filter((c) => channelVerdict(c.uri) === 'plain');
    if (plain.length > 0)
        return fail(capEvidence(plain.map((c) => ({ ...c.evidence, detail: `unencrypted ${noun}: ${c.evidence.detail}` }))), remediation);
    const encrypted = channels.filter((c) => channelVerdict(c.uri) === 'encrypted');
    if (encrypted.length > 0)
        return pass(capEvidence(encrypted.map((c) => c.evidence)));
    return null;
}

;// CONCATENATED MODULE: ./src/rules/osps-br-03-01.ts




const CHANNEL_FIELDS = [
    'header.url',
    'project.homepage',
    'project.roadmap',
    'project.funding',
    'repository.url',
    'project.documentation.detailed-guide',
    'project.documentation.quickstart-guide',
    'project.documentation.code-of-conduct',
    'project.documentation.release-process',
    'project.documentation.support-policy',
    'project.documentation.signature-verification',
    'project.documentation.design',
    'project.vulnerability-reporting.policy',
];
const README_CHANNEL_TEXT = /\b(web ?site|home ?page|documentation|docs|download|downloads|install(ation)?|releases?|project page)\b/i;
function githubRepoChannel(facts) {
    const repo = facts.github.repo;
    if (repo.state === 'ok' && /^https:\/\//.test(repo.data.htmlUrl))
        return apiEvidence(facts, repo.source.endpoint, `the repository is served at ${repo.data.htmlUrl} (GitHub serves only HTTPS)`);
    const remote = facts.git.remoteUrl;
    if (remote && /^(https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)/i.test(remote))
        return { kind: 'git', detail: `the repository's remote is ${remote.replace(/\/\/[^@/]*@/, '//')} on github.com, which serves only HTTPS and SSH` };
    return null;
}
const osps_br_03_01_id = 'OSPS-BR-03.01';
function osps_br_03_01_evaluate(facts) {
    const channels = [
        ...CHANNEL_FIELDS.map((f) => siStringChannel(facts, f)).filter((c) => c !== null),
        ...siListChannels(facts, 'project.repositories', 'url'),
        ...siListChannels(facts, 'repository.release.distribution-points', 'uri'),
        ...readmeChannels(facts, README_CHANNEL_TEXT),
    ];
    const remediation = 'Serve every listed project channel over HTTPS (or SSH) and change the http:// links named to https://.';
    const decided = channelsOutcome(facts, channels, 'channel', remediation);
    if (decided) {
        const gh = githubRepoChannel(facts);
        if (decided.status === 'pass' && gh)
            decided.evidence.push(gh);
        return decided;
    }
    const gh = githubRepoChannel(facts);
    if (gh)
        return pass([gh, { kind: 'note', detail: 'no other channel is listed in Security Insights or linked from the README as the website, documentation or downloads' }]);
    return unknown('no project channel is listed (Security Insights project.homepage, repository.url, documentation links, or README links to the website or docs), and the repository\'s own URL is not known', `List the project's channels in ${insightsFile(facts)} (project.homepage, repository.url) with https:// URLs.`);
}

;// CONCATENATED MODULE: ./src/rules/osps-br-03-02.ts





const DISTRIBUTION_TEXT = /\b(download|downloads|install(ation)?|releases?|binar(y|ies)|packages?)\b/i;
const osps_br_03_02_id = 'OSPS-BR-03.02';
function osps_br_03_02_evaluate(facts) {
    const points = siListChannels(facts, 'repository.release.distribution-points', 'uri');
    const readme = readmeChannels(facts, DISTRIBUTION_TEXT);
    const remediation = 'Publish releases only over HTTPS (or through a package registry that uses it) and change the distribution URLs named to https://.';
    const decided = channelsOutcome(facts, [...points, ...readme], 'distribution channel', remediation);
    if (decided?.status === 'fail')
        return decided;
    const unclear = points.filter((c) => channelVerdict(c.uri) === 'other');
    const rel = facts.github.releases;
    const latest = officialLatest(facts);
    const ghReleases = rel.state === 'ok' && latest
        ? [{ kind: 'api', url: latest.htmlUrl, detail: `releases are published on GitHub and downloaded over HTTPS (${rel.data.summary.publishedCount} release(s), latest ${latest.tagName})` }]
        : [];
    if (unclear.length > 0)
        return unknown(`distribution point(s) without a URL scheme could not be judged: ${unclear.map((c) => c.uri).join(', ')}`, 'Write each distribution point as an https:// URL (for a registry, the package page URL).', [...unclear.map((c) => c.evidence), ...(decided?.evidence ?? []), ...ghReleases]);
    if (decided)
        return pass(capEvidence([...decided.evidence, ...ghReleases]));
    if (ghReleases.length > 0)
        return pass(ghReleases);
    const rs = releaseState(facts);
    if (rs.state === 'none')
        return notApplicable('the project lists no distribution channel and has made no release', [rs.evidence]);
    if (rs.state === 'unknown')
        return unknown(`no distribution channel is listed in Security Insights; ${rs.reason}`, `List where releases are published in ${insightsFile(facts)} (repository.release.distribution-points) with https:// URLs.`);
    return unknown('the project has tags but lists no distribution channel, so where releases are published could not be checked', `List where releases are published in ${insightsFile(facts)} (repository.release.distribution-points) with https:// URLs, or publish GitHub releases.`, [rs.evidence]);
}

;// CONCATENATED MODULE: ./src/rules/osps-br-04-01.ts
// OSPS-BR-04.01: Releases have release notes.
// The latest official release's body reads like release notes (facts/github/releases.ts); else a
// changelog document in the repository with some content; else Security Insights
// `repository.release.changelog` (in-repo link: pass; URL elsewhere: attested). Whether the notes
// mention security changes cannot be told from a body's shape; that is left to a person.






const osps_br_04_01_id = 'OSPS-BR-04.01';
function osps_br_04_01_evaluate(facts) {
    const gated = gate(facts, 'release notes');
    if (gated?.status === 'not-applicable')
        return gated;
    const latest = officialLatest(facts);
    const rel = facts.github.releases;
    const evidence = [];
    if (latest && rel.state === 'ok') {
        if (latest.hasChangelogBody)
            return pass([
                releaseEvidence(latest, 'the release description reads like release notes'),
                { kind: 'note', detail: `${rel.data.summary.withChangelogBody} of ${rel.data.summary.publishedCount} release(s) have release notes` },
            ]);
        evidence.push(releaseEvidence(latest, latest.bodyLength === 0 ? 'the release has no description' : 'the release description does not read like release notes'));
    }
    const changelog = documents_documentsOf(facts.documents, 'changelog').find((d) => substantive(d, 80));
    if (changelog)
        return pass([fileEvidence(changelog.path, 'changelog in the repository', 1), ...evidence]);
    const d = declaration(facts, 'repository.release.changelog', 'release notes');
    if (d.state === 'in-repo')
        return pass([d.evidence, ...evidence]);
    if (d.state === 'declared')
        return attested([d.evidence, ...evidence]);
    if (d.state === 'broken-link' || d.state === 'negative')
        evidence.push(d.evidence);
    const tooling = releaseNotesTooling(facts);
    if (gated)
        return { ...gated, evidence: [...evidence, ...tooling, ...gated.evidence] };
    const remediation = `Describe each release's functional and security changes under a "## Changelog" heading in the GitHub release, or keep a CHANGELOG.md and link it from ${insightsFile(facts)} (repository.release.changelog).`;
    // Release notes are usually written in the GitHub release itself: unread, their absence here decides nothing.
    const unread = forgeUnread(facts, 'no CHANGELOG file and no repository.release.changelog in Security Insights', 'release notes', remediation, [...evidence, ...tooling]);
    if (unread)
        return unread;
    return fail(evidence.length > 0 ? [...evidence, ...tooling] : [{ kind: 'note', detail: 'no release notes: no CHANGELOG file and no repository.release.changelog in Security Insights' }, ...tooling], remediation);
}

;// CONCATENATED MODULE: ./src/rules/helpers/languages.ts
const LANGUAGES = [
    { name: 'JavaScript/TypeScript', exts: ['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'mts', 'cts'], packageManager: true },
    { name: 'Python', exts: ['py'], packageManager: true },
    { name: 'Go', exts: ['go'], packageManager: true },
    { name: 'Rust', exts: ['rs'], packageManager: true },
    { name: 'Java/Kotlin/Scala', exts: ['java', 'kt', 'kts', 'scala'], packageManager: true },
    { name: 'Ruby', exts: ['rb'], packageManager: true },
    { name: 'PHP', exts: ['php'], packageManager: true },
    { name: 'C#/F#', exts: ['cs', 'fs'], packageManager: true },
    { name: 'Swift', exts: ['swift'], packageManager: true },
    { name: 'Dart', exts: ['dart'], packageManager: true },
    { name: 'Elixir', exts: ['ex', 'exs'], packageManager: true },
    { name: 'C/C++', exts: ['c', 'h', 'cc', 'cpp', 'cxx', 'hpp', 'hh'], packageManager: false },
    { name: 'Shell', exts: ['sh', 'bash', 'zsh', 'ps1'], packageManager: false },
];
const LANGUAGE_BY_EXT = new Map(LANGUAGES.flatMap((l) => l.exts.map((e) => [e, l])));
/** Directories whose code is not the project's own (vendored, fixtures, generated). */
const NOT_OWN = /(^|\/)(node_modules|vendor|third[_-]?party|testdata|fixtures?|examples?|dist|build)\//i;
/** Computed once per facts object: three rules ask, and a repository can have 100,000 files. */
const LANGUAGE_CACHE = new WeakMap();
/** Languages of the project's own source files, by extension (config files like *.config.js count too). */
function codeLanguages(facts) {
    const cached = LANGUAGE_CACHE.get(facts);
    if (cached)
        return cached.map((l) => ({ ...l }));
    const out = new Map();
    for (const f of facts.files) {
        if (f.kind === 'submodule')
            continue;
        const dot = f.path.lastIndexOf('.');
        if (dot < 0 || dot < f.path.lastIndexOf('/'))
            continue; // no extension: no language by extension
        if (NOT_OWN.test(f.path))
            continue;
        const lang = LANGUAGE_BY_EXT.get(f.path.slice(dot + 1).toLowerCase());
        if (!lang)
            continue;
        const cur = out.get(lang.name);
        if (cur)
            cur.files++;
        else
            out.set(lang.name, { name: lang.name, packageManager: lang.packageManager, files: 1, example: f.path });
    }
    const langs = [...out.values()];
    LANGUAGE_CACHE.set(facts, langs);
    return langs.map((l) => ({ ...l }));
}

;// CONCATENATED MODULE: ./src/rules/osps-br-05-01.ts



const osps_br_05_01_id = 'OSPS-BR-05.01';
/** The pipes found in test inputs, as one note: a reader sees what was left out and why. */
function testInputsNote(facts) {
    const found = facts.dependencies.pipeInstallsInTestInputs;
    if (found.length === 0)
        return [];
    const where = found.slice(0, 3).map((e) => `${e.path}:${e.line}`).join(', ');
    return [{ kind: 'note', detail: `${found.length} download(s) piped into a shell in test-input folders are inputs of the tests, which the build does not run, and are not counted: ${where}${found.length > 3 ? ', ...' : ''}` }];
}
function osps_br_05_01_evaluate(facts) {
    const dep = facts.dependencies;
    if (dep.pipeInstalls.length > 0)
        return fail(capEvidence(dep.pipeInstalls.map((e) => ({ ...e, detail: `download piped into a shell: ${e.detail}` }))), 'Install dependencies with the ecosystem\'s package manager from a manifest and lockfile (or a pinned, checksum-verified download) instead of piping a download into a shell.');
    if (dep.ecosystems.length > 0) {
        const ev = dep.ecosystems.map((e) => {
            const manifests = shallowestFirst(e.manifests);
            const lockfiles = shallowestFirst(e.lockfiles);
            return fileEvidence(manifests[0] ?? lockfiles[0] ?? '', `${e.name}: ${e.manifests.length} manifest(s)${lockfiles.length > 0 ? `, lockfile ${lockfiles[0]}` : ', no lockfile'}`, 1);
        });
        return pass(capEvidence([...ev, { kind: 'note', detail: 'no download piped into a shell in scripts, Dockerfiles or workflows' }, ...testInputsNote(facts)]));
    }
    const langs = codeLanguages(facts).filter((l) => l.packageManager);
    if (langs.length > 0)
        return unknown(`code in ${langs.map((l) => l.name).join(', ')} but no dependency manifest: how dependencies are ingested could not be told`, 'Declare dependencies in the ecosystem\'s manifest (package.json, go.mod, pyproject.toml, ...) and let the package manager fetch them.');
    return notApplicable('the build ingests no dependencies that can be seen: no dependency manifest, no code in a language with a package manager, no download piped into a shell');
}

;// CONCATENATED MODULE: ./src/rules/osps-br-06-01.ts





const osps_br_06_01_id = 'OSPS-BR-06.01';
function osps_br_06_01_evaluate(facts) {
    const gated = gate(facts, 'signing releases');
    if (gated?.status === 'not-applicable')
        return gated;
    const latest = officialLatest(facts);
    const evidence = [];
    if (latest) {
        const sigs = latest.assets.filter((a) => a.kinds.includes('signature') || a.kinds.includes('provenance'));
        if (sigs.length > 0)
            return pass(capEvidence([releaseEvidence(latest, 'the release carries signatures or signed provenance'), ...sigs.map((a) => ({ kind: 'api', url: a.browserDownloadUrl, detail: `${a.kinds.join(', ')}: ${a.name}` }))]));
        evidence.push(releaseEvidence(latest, latest.hasChecksums ? 'checksums but no signature or provenance asset' : 'no signature or provenance asset'));
    }
    // A workflow or job that tests the software signs what the test makes (a demo image, the
    // README), not a release: its steps are noted, not counted.
    const { signing, provenance } = facts.workflows.detectors;
    const wf = [
        ...detectorEvidence(signing, 'signs', signing.hits.filter((h) => !inTestWorkflow(h))),
        ...detectorEvidence(provenance, 'attests provenance', provenance.hits.filter((h) => !inTestWorkflow(h))),
    ];
    const inTests = [...signing.hits, ...provenance.hits].filter((h) => h.qualifies && inTestWorkflow(h));
    if (inTests.length > 0) {
        const where = [...new Set(inTests.map((h) => `${h.workflow}${h.job ? ` (job ${h.job})` : ''}`))].slice(0, 3).join(', ');
        evidence.push({ kind: 'note', detail: `${inTests.length} signing or attestation step(s) in test workflows or jobs sign what the tests make, not releases, and are not counted: ${where}` });
    }
    if (wf.length > 0)
        return pass(capEvidence([...wf, ...evidence]));
    const att = insightsField(facts, 'repository.release.attestations');
    if (att && Array.isArray(att.value) && att.value.length > 0)
        return attested([insightsEvidence(facts, 'repository.release.attestations', `${att.value.length} release attestation(s) declared`), ...evidence]);
    if (gated)
        return { ...gated, evidence: [...evidence, ...gated.evidence] };
    const unread = forgeUnread(facts, 'no signing or provenance step in a release workflow and no release attestation in Security Insights', 'signatures or provenance uploaded with a release', 'Sign release assets in the release workflow (e.g. cosign sign-blob, or actions/attest-build-provenance) and publish the signatures or a signed checksum manifest with each release.', evidence);
    if (unread)
        return unread;
    return fail(evidence.length > 0 ? evidence : [{ kind: 'note', detail: 'no signature or provenance on releases and no signing step in a release workflow' }], 'Sign release assets in the release workflow (e.g. cosign sign-blob, or actions/attest-build-provenance) and publish the signatures or a signed checksum manifest with each release.');
}

;// CONCATENATED MODULE: ./src/rules/osps-br-07-01.ts




const osps_br_07_01_id = 'OSPS-BR-07.01';
function osps_br_07_01_evaluate(facts) {
    const s = facts.secrets;
    const ev = (f, prefix) => fileEvidence(f.path, `${prefix}${f.kind} (${f.preview}): ${f.detail}`, f.line, f.column);
    const decisive = s.findings.filter((f) => f.confidence === 'high' && f.severity === 'error');
    const review = s.findings.filter((f) => !(f.confidence === 'high' && f.severity === 'error'));
    const reviewEv = review.slice(0, 10).map((f) => ev(f, 'to review, not decisive: '));
    if (decisive.length > 0)
        return fail(capEvidence([...decisive.map((f) => ev(f, '')), ...reviewEv]), 'Remove each secret named from the repository, rotate it (it is leaked: it stays in git history), keep secrets in the CI secret store, and add a secret scanner (gitleaks, GitHub push protection) to stop new ones.');
    const scanners = detectorEvidence(facts.workflows.detectors.secretScanning, 'secret scanning in CI');
    const tools = insightsField(facts, 'repository.security.tools');
    const siTools = [];
    if (tools && Array.isArray(tools.value))
        tools.value.forEach((t, i) => {
            if (t && typeof t === 'object' && t.type === 'secret')
                siTools.push(insightsEvidence(facts, `repository.security.tools[${i}]`, `secret scanner declared: ${String(t.name)}`));
        });
    const scanNote = { kind: 'note', detail: `${s.scannedFiles} file(s) scanned, no high-confidence secret outside test and example paths${s.capped ? ' (scan stopped early at its budget)' : ''}` };
    const gitignore = facts.files.some((f) => f.path === '.gitignore') ? [fileEvidence('.gitignore', '.gitignore present', 1)] : [];
    const all = capEvidence([scanNote, ...scanners, ...siTools, ...gitignore, ...reviewEv]);
    if (s.capped && scanners.length === 0)
        return unknown('the secret scan stopped at its byte budget before reading every file, and no secret scanner runs in CI', 'Add a secret scanner (gitleaks, trufflehog) to CI so every commit is checked.', all);
    return pass(all);
}

;// CONCATENATED MODULE: ./src/rules/osps-br-07-02.ts




const SECRETS_HEADING = /\bsecrets?\b|\bcredentials?\b|key management|\b(api )?keys? (handling|rotation|management|storage)|token (handling|rotation|management|storage)/i;
const SECRET_NOUN = String.raw `\bsecrets\b|\bcredentials?\b|\b(?:api|access|deploy|deployment|signing|private|ssh|gpg|pgp|release|publishing|registry|cloud) (?:keys?|tokens?)\b|\b(?:personal access|npm|pypi|github|auth|authentication|publish(?:ing)?|ci) tokens?\b|\bpasswords?\b|\bsecret (?:keys?|tokens?|values?|material|store|manager)\b`;
const SECRET_MANAGEMENT = String.raw `\b(?:stor(?:e|ed|es|ing)|kept|keep|held|manag(?:e|ed|es|ing)|rotat\w*|revok\w*|expir\w*|renew\w*|access(?:ible)? (?:to|only|is|by)|only (?:maintainers|administrators|admins|owners)|vaults?|encrypted|(?:never|not) (?:be )?(?:committed|stored|hard[- ]?coded|checked in|shared|logged|printed)|scoped|least privilege|environment secrets|secrets? managers?|key management)\b`;
const SECRETS_STATEMENT = new RegExp(`^(?=.*(?:${SECRET_NOUN}))(?=.*${SECRET_MANAGEMENT})`, 'i');
// A hypothetical ("you'd need to store a token in your repository secrets", "this would require a
// PAT") weighs an option the project did not take; it is not how the project manages its secrets.
const SECRETS_NOT = /\bno (?:formal |written |documented )?(?:policy|process|rules?)\b|\bnot (?:yet )?(?:documented|defined|written down)\b|\b(?:have|has) not (?:yet )?(?:defined|documented)\b|\b(?:you|we|they|it|one)(?:'d| would)\b|\bwould (?:need|have|require|be)\b|\b(?:could|might)\b/i;
const SECRETS_DOCS_SECTION = /secur|secrets?|credentials?|release|publish|\bci\b|continuous|infrastructure|maintain|governance|deploy|signing|access/i;
const osps_br_07_02_id = 'OSPS-BR-07.02';
function osps_br_07_02_evaluate(facts) {
    const hit = findProjectSection(facts, ['security', 'contributing', 'governance', 'docs', 'readme'], headingIs(SECRETS_HEADING), 80);
    if (hit)
        return pass([sectionEvidence(hit, 'policy for managing secrets and credentials')]);
    const stated = findStatementIn(facts, ['security', 'contributing', 'governance', 'maintainers', 'cra-readiness'], SECRETS_STATEMENT, { reject: SECRETS_NOT }) ??
        findStatementIn(facts, ['docs'], SECRETS_STATEMENT, { reject: SECRETS_NOT, heading: SECRETS_DOCS_SECTION });
    if (stated)
        return pass([statementEvidence(stated, 'states how secrets and credentials are managed')]);
    return fail([{ kind: 'note', detail: 'no section on managing secrets or credentials in SECURITY, CONTRIBUTING, GOVERNANCE, docs/ or README, and no sentence in their prose saying how secrets are stored, accessed or rotated' }], sectionAdvice(SECRETS_POLICY, 'saying where the project\'s secrets are stored (e.g. GitHub Actions secrets), who can access them, and when and how they are rotated'));
}

;// CONCATENATED MODULE: ./src/rules/helpers/repository.ts



/** Whether a URL leads into this repository on GitHub (its blob, tree or issue pages); false when the repository is not known. */
function intoThisRepository(facts, url) {
    const repo = facts.context.repository;
    return repo !== null && repo !== undefined && repo !== '' && url.toLowerCase().includes(`github.com/${repo.toLowerCase()}/`);
}
function publicRepo(facts, what) {
    const repo = facts.github.repo;
    if (repo.state === 'unknown')
        return {
            outcome: unknown(apiUnknownDetail(repo, 'whether the repository is public'), 'Run the evaluation with a GitHub token (the workflow\'s GITHUB_TOKEN is enough) so the repository\'s visibility can be read.'),
            evidence: [],
        };
    const ev = apiEvidence(facts, repo.source.endpoint, `${repo.data.fullName} is ${repo.data.visibility} at ${repo.data.htmlUrl}${repo.data.archived ? ' (archived)' : ''}`);
    if (repo.data.visibility !== 'public' || repo.data.private)
        return { outcome: fail([ev], `Make the repository public so ${what} can be read by anyone (Settings \u2192 General \u2192 Danger Zone \u2192 Change visibility).`), evidence: [] };
    return { outcome: null, evidence: [ev] };
}
function normRepoUrl(u) {
    return u.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.git$/, '').replace(/(?<!\/)\/+$/, '');
}
function projectRepositories(facts) {
    const si = facts.securityInsights;
    if (si.file && !si.file.legacy && si.projectUnknownReason)
        return { kind: 'unknown', why: si.projectUnknownReason, evidence: [] };
    const f = insightsField(facts, 'project.repositories');
    if (!f || !Array.isArray(f.value) || f.value.length === 0)
        return { kind: 'unknown', why: 'Security Insights does not list the project\'s repositories (project.repositories)', evidence: [] };
    const urls = f.value.map((r) => (r && typeof r === 'object' ? String(r.url ?? '') : ''));
    const items = urls.map((u, i) => insightsEvidence(facts, `project.repositories[${i}]`, `codebase: ${u || '(no url)'}`));
    if (urls.length > 1)
        return { kind: 'multi', evidence: items, count: urls.length };
    const here = facts.github.repo.state === 'ok' ? facts.github.repo.data.htmlUrl : facts.context.repository ? `https://github.com/${facts.context.repository}` : null;
    const own = insightsField(facts, 'repository.url');
    const candidates = [here, typeof own?.value === 'string' ? own.value : null].filter((x) => !!x).map(normRepoUrl);
    if (candidates.includes(normRepoUrl(urls[0])))
        return { kind: 'single', evidence: insightsEvidence(facts, 'project.repositories[0]', `the project lists one repository, this one: ${urls[0]}`) };
    return { kind: 'unknown', why: `project.repositories lists one repository (${urls[0]}) that could not be matched to this repository`, evidence: items };
}

;// CONCATENATED MODULE: ./src/rules/helpers/documentation.ts
// The common decision for documentation requirements. Security Insights fields that point at
// documentation are checked against the tree: a link to a missing file, or a field that says
// "none", contradicts it and fails; a linked document with a section on the topic confirms it; a
// URL elsewhere is a declaration no machine here can check, so attested.





/**
 * Reads Security Insights fields that point at documentation. A link into the repository is checked
 * against the tree: a missing target is a contradiction; an outlined target must have a section
 * `check` accepts to be confirmed (otherwise it stays a declaration).
 */
function siDocs(facts, fields, what, check) {
    const out = { broken: [], confirmed: [], declared: [] };
    for (const field of fields) {
        const d = declaration(facts, field, what);
        switch (d.state) {
            case 'absent':
                break;
            case 'unknown':
                out.unknownReason ??= d.reason;
                break;
            case 'negative':
            case 'broken-link':
                out.broken.push(d.evidence);
                break;
            case 'declared':
                out.declared.push(d.evidence);
                break;
            case 'in-repo': {
                const doc = facts.documents.byPath[d.path];
                if (!doc || !doc.outline) {
                    out.declared.push(d.evidence, fileEvidence(d.path, 'the linked file exists; its content is not outlined by this check', 1));
                    break;
                }
                const h = check(doc);
                if (h)
                    out.confirmed.push(d.evidence, fileEvidence(doc.path, `${what}: section "${h.text}"`, h.line));
                else
                    out.declared.push(d.evidence, fileEvidence(doc.path, `the linked file has no section this check recognises as ${what}`, 1));
                break;
            }
        }
    }
    return out;
}
/**
 * The common decision for a documentation requirement: a Security Insights link that contradicts
 * the tree fails; a document section passes; a confirmed in-repo declaration passes; a declaration
 * elsewhere is attested; otherwise `missing()` decides (release gate, or a plain fail).
 */
function decideDocs(found, si, fixField, missing) {
    if (si.broken.length > 0)
        return fail(capEvidence([...si.broken, ...found, ...si.confirmed]), `Fix ${fixField} in the Security Insights file: point it at a document that exists in the repository (or remove the field).`);
    if (found.length > 0 || si.confirmed.length > 0)
        return pass(capEvidence([...found, ...si.confirmed]));
    if (si.declared.length > 0)
        return attested(capEvidence(si.declared));
    if (si.unknownReason) {
        const m = missing([]);
        if (m.status === 'not-applicable')
            return m;
        return unknown(`no document in the repository, and the project-level Security Insights fields could not be read: ${si.unknownReason}`, m.remediation, m.evidence.filter((e) => e.kind !== 'note'));
    }
    return missing([]);
}
/** Words of a link (its text or target) that name the subject a delegating document hands over. */
const SUBJECT_WORDS = {
    governance: /govern|charter|community/i,
    contributing: /contribut|develop/i,
};
/**
 * A project document that hands its whole subject to a page outside the repository: a
 * GOVERNANCE.md or CONTRIBUTING.md of a few lines whose link leads to the organization's community
 * repository or the website ("Please refer to the cert-manager organisation governance file"). That
 * page is not read here: the link is the project's word, for a person to confirm, not an
 * observation. Links into this repository are followed as documents (doc-links.ts), not here.
 */
function keptElsewhere(facts, role, what) {
    const words = SUBJECT_WORDS[role];
    const out = [];
    for (const doc of documents_documentsOf(facts.documents, role)) {
        const o = doc.outline;
        if (!o || o.proseChars >= 400 || o.headings.length > 3)
            continue;
        for (const l of o.links) {
            if (l.image || !/^https:\/\//i.test(l.target) || intoThisRepository(facts, l.target))
                continue;
            if (!words.test(l.text) && !words.test(l.target))
                continue;
            out.push(fileEvidence(doc.path, `the ${what} is kept outside this repository; links to ${l.target.slice(0, 200)}`, l.line, l.column));
            if (out.length >= 2)
                return out;
        }
    }
    return out;
}
/**
 * What a documentation rule concludes when the repository says nothing on its subject: attested when
 * the document of `role` hands the subject to a page elsewhere (keptElsewhere: `check` says what a
 * person should confirm there), a fail with `note` otherwise.
 */
function missingUnlessElsewhere(facts, role, what, check, note, remediation) {
    const elsewhere = keptElsewhere(facts, role, what);
    if (elsewhere.length > 0)
        return attested(elsewhere, `${check}, or: ${remediation}`);
    return fail([{ kind: 'note', detail: note }], remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-do-01-01.ts
// OSPS-DO-01.01: User guides for the basic functionality.
// A "Usage", "Getting started", "Quick start" or "Tutorial" section with some prose in the README
// or docs/ (not a contributor or developer section), or in a component's README of a monorepo or
// chart collection (charts/x/README.md, linked from the root README or in a components folder: a
// "Usage" section, or "Installing" with its commands), or a guide document under docs/; Security
// Insights quickstart and detailed guides are checked against the tree. A Security Insights link
// that contradicts the tree fails; a document section passes; a declaration elsewhere is attested
// (decideDocs, helpers/documentation.ts). A README that only links documentation elsewhere is
// attested. Nothing found: fail once released, not applicable before, unknown when the release
// state cannot be told (releaseGate, helpers/release.ts).







const USER_GUIDE_HEADING = /\b(usage|using|use it|how to use|getting started|get started|quick ?start|tutorials?|user(?:'s)? (guide|manual|documentation)|guides?|examples?|walkthrough|first steps|basic use)\b/i;
const USER_GUIDE_NOT = /\b(contribut|develop|hacking|build(ing)? from|internal|release process|maintainer)/i;
const USER_GUIDE_DOC = /(^|\/)(guides?|usage|getting[-_ ]?started|quick[-_ ]?start|tutorials?|user[-_ ]?(guide|manual)|manual|how[-_ ]?to|intro(duction)?|overview|index|readme|install(ation)?|configur(e|ation))[^/]*$/i;
/** A blog post, a news item or a decision record (docs/_posts/, blog/, docs/adr/): written at a date, not the user guide (python-tuf's "Example with expired metadata:"). */
const DATED_POST = /(?:^|\/)(?:_posts|posts|blog|news|adrs?|decisions)\//i;
const DOCS_LINK_TEXT = /^(the )?(full |online |user |project )?(documentation|docs|user guide|user manual|manual|getting started( guide)?|quick ?start( guide)?|tutorials?|guides?|book|handbook)$|^(an )?overview( of [\w .-]{1,40})?$/i;
function userGuideSection(doc) {
    return sectionIn(doc, headingIs(USER_GUIDE_HEADING, USER_GUIDE_NOT), GUIDE_MIN_CHARS);
}
/** Install steps in a component's README (a chart, a package): with a usage section, or alone as its guide. */
const INSTALL_HEADING = /\b(install(ing|ation)?|setup|set up|deploy(ing|ment)?)\b/i;
/**
 * A component README of a monorepo or chart collection that tells a user how to install and use
 * the component (an "Installing the chart" section with its commands): a user guide.
 */
function componentGuide(facts) {
    return findSectionWhere(facts, ['component-readme'], (h) => INSTALL_HEADING.test(h.text) && !USER_GUIDE_NOT.test(h.text) && (h.code !== '' || h.sectionChars >= 80), 0);
}
const osps_do_01_01_id = 'OSPS-DO-01.01';
function osps_do_01_01_evaluate(facts) {
    const found = [];
    const guideHeading = headingIs(USER_GUIDE_HEADING, USER_GUIDE_NOT);
    const section = findSectionWhere(facts, ['readme', 'docs', 'component-readme'], (h, doc) => guideHeading(h) && !DATED_POST.test(doc.path), GUIDE_MIN_CHARS) ?? componentGuide(facts);
    if (section)
        found.push(sectionEvidence(section, (facts.documents.roles['component-readme'] ?? []).includes(section.doc.path) ? "user guide in a component's README" : 'user guide'));
    const guides = documents_documentsOf(facts.documents, 'docs').filter((d) => USER_GUIDE_DOC.test(d.path) && substantive(d, 200));
    for (const g of guides.slice(0, 3))
        found.push(fileEvidence(g.path, 'user documentation in the docs folder', 1));
    const si = siDocs(facts, ['project.documentation.quickstart-guide', 'project.documentation.detailed-guide'], 'user guide', userGuideSection);
    const outcome = decideDocs(found, si, 'project.documentation.detailed-guide', () => {
        // A README that sends readers to documentation elsewhere: declared, not observed.
        const external = [];
        for (const doc of documents_documentsOf(facts.documents, 'readme')) {
            for (const l of doc.outline?.links ?? []) {
                if (/^https?:\/\//i.test(l.target) && DOCS_LINK_TEXT.test(l.text.trim()))
                    external.push(fileEvidence(doc.path, `links to documentation elsewhere: ${l.target}`, l.line, l.column));
                if (external.length >= 3)
                    break;
            }
        }
        if (external.length > 0)
            return attested(external, `Add a "Usage" or "Getting started" section to the README (or docs/), or link the guide from project.documentation.detailed-guide in ${insightsFile(facts)}.`);
        return releaseGate(facts, 'no user guide found: no "Usage", "Getting started" or "Quick start" section with text in the README or docs/, and no guide under docs/', `Add a "Getting started" / "Usage" section to README.md (or a guide under docs/) explaining how to install, configure and use the basic functionality, and link it from project.documentation.quickstart-guide in ${insightsFile(facts)}.`);
    });
    return outcome;
}

;// CONCATENATED MODULE: ./src/rules/helpers/org-defaults.ts
/**
 * Default community health files from the owner's `.github` repository, which GitHub shows for a
 * repository that has no file of that type itself (SECURITY.md, CONTRIBUTING.md, issue templates).
 * Callers ask only when the repository has none of its own. Their contents are not read.
 */
function orgDefaults(facts, file, what) {
    const answer = facts.github.orgHealthFiles;
    if (answer.state !== 'ok' || !answer.data.exists)
        return [];
    const repoAnswer = facts.github.repo;
    let origin = 'https://github.com';
    if (repoAnswer.state === 'ok') {
        try {
            origin = new URL(repoAnswer.data.htmlUrl).origin;
        }
        catch {
            /* keep github.com */
        }
    }
    return answer.data.paths
        .filter((p) => file.test(p))
        .slice(0, 10)
        .map((path) => ({
        path,
        evidence: { kind: 'api', url: `${origin}/${answer.data.repository}/blob/HEAD/${path.split('/').map(encodeURIComponent).join('/')}`, detail: `${what}: ${path} in ${answer.data.repository}, the owner's default for repositories without their own` },
    }));
}

;// CONCATENATED MODULE: ./src/rules/osps-do-02-01.ts
// OSPS-DO-02.01: A guide for reporting defects.
// An issue template whose file name says it is for defects (bug, problem, crash, ...), or a section
// on reporting bugs in CONTRIBUTING, the README, SUPPORT or docs/; without templates of its own,
// the owner's default issue templates (.github repository) count, as GitHub shows them. A
// feature-request template alone does not count. Nothing found: fail once released, not applicable
// before, unknown when the release state cannot be told (releaseGate, helpers/release.ts).






const DEFECT_HEADING = /\b(bugs?|defects?|issues?|problems?)\b.*\b(report|file|filing|submit|open)|\b(report|reporting|file|filing|submit|submitting|open|opening)\b.*\b(bugs?|defects?|issues?|problems?)\b|^bug reports?$|^issues?$|\b(?:found|find|spotted|encountered|seeing) (?:a |an )?(?:bugs?|defects?|problems?)\b/i;
const DEFECT_TEMPLATE = /bug|defect|problem|crash|regression|error|issue|broken/i;
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
const osps_do_02_01_id = 'OSPS-DO-02.01';
function osps_do_02_01_evaluate(facts) {
    const templates = documents_documentsOf(facts.documents, 'issue-template').filter((d) => !/\/config\.ya?ml$/i.test(d.path));
    // Judged by the template's own file name: every template sits under .github/ISSUE_TEMPLATE/, so
    // the folder says nothing, and a feature-request or proposal template is not a defect guide.
    const bug = templates.filter((d) => DEFECT_TEMPLATE.test(baseName(d.path)));
    if (bug.length > 0)
        return pass(capEvidence(bug.map((d) => fileEvidence(d.path, 'issue template for reporting defects', 1))));
    const section = findProjectSection(facts, ['contributing', 'readme', 'support', 'docs'], headingIs(DEFECT_HEADING), 40);
    if (section)
        return pass([sectionEvidence(section, 'explains how to report defects')]);
    // GitHub uses the owner's default issue templates only when this repository has no
    // .github/ISSUE_TEMPLATE/ files at all (a config.yml alone counts as having some).
    const ownTemplateFiles = facts.files.some((f) => f.path.startsWith('.github/ISSUE_TEMPLATE/'));
    const inherited = ownTemplateFiles
        ? []
        : orgDefaults(facts, /^(\.github\/)?ISSUE_TEMPLATE\/[^/]+$/i, 'issue template').filter((d) => DEFECT_TEMPLATE.test(baseName(d.path)));
    if (inherited.length > 0)
        return pass(inherited.map((d) => d.evidence));
    const others = templates.slice(0, 5).map((d) => fileEvidence(d.path, 'issue template whose name does not say it is for reporting defects (bug, defect, problem, issue)', 1));
    return releaseGate(facts, templates.length > 0
        ? `no issue template for reporting defects under .github/ISSUE_TEMPLATE/ (${templates.length} other template(s)) and no section on reporting bugs in README, CONTRIBUTING or SUPPORT`
        : 'no issue templates under .github/ISSUE_TEMPLATE/ and no section on reporting bugs in README, CONTRIBUTING or SUPPORT', 'Add a bug report template (.github/ISSUE_TEMPLATE/bug_report.yml) or a "Reporting bugs" section in CONTRIBUTING.md that says where and how to report a defect.', others);
}

;// CONCATENATED MODULE: ./src/rules/helpers/release-verification.ts
// Instructions to verify releases (OSPS-DO-03.01 integrity, OSPS-DO-03.02 identity). A heading that
// is ambiguous ("Verification") counts only with a link or code inside its section that names a
// verification technology, and a section that is only a code block counts when the code runs a
// verification command (cosign verify, gpg --verify, sha256sum -c, slsa-verifier, gh attestation
// verify). One check, two word sets.






/** Commands that check a signature or provenance, and so who made the release. */
const SIGNATURE_COMMAND = /\bcosign\s+verify(?:-blob|-attestation|-blob-attestation)?\b|\bgpg2?\s[^|;&]{0,200}?--verify\b|\bgpgv\b|\bslsa-verifier\s+verify|\bgh\s+attestation\s+verify\b|\bminisign\s+(?:-\w+\s+)*-V\b|\bsignify(?:-openbsd)?\s+(?:-\w+\s+)*-[VC]\b|\bnotation\s+verify\b|\bsigstore\s+verify\b|\bopenssl\s+dgst\b[^|;]*-verify\b/i;
/** Commands that check a checksum: integrity, not identity. */
const CHECKSUM_COMMAND = /\b(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|md5sum)\s+(?:-\S+\s+)*(?:-c|--check)\b|\bcertutil\s+-hashfile\b|\bGet-FileHash\b/i;
const INTEGRITY = {
    tech: /\b(cosign|sigstore|slsa|rekor|gpg|pgp|gnupg|minisign|signify|provenance|attestations?|in-toto|checksums?|sha-?(256|512)(sums?)?)\b/i,
    generic: /\b(signatures?|signing|signed|integrity|authenticity)\b/i,
    releaseObjectSuffices: true,
    command: new RegExp(`${SIGNATURE_COMMAND.source}|${CHECKSUM_COMMAND.source}`, 'i'),
};
const IDENTITY = {
    tech: /\b(cosign|sigstore|slsa|rekor|gpg|pgp|gnupg|minisign|signify|provenance|attestations?|in-toto|signers?|key ids?|fingerprints?)\b/i,
    generic: /\b(signatures?|signing|signed|identity|identities|keys?|certificates?|issuer|oidc)\b/i,
    releaseObjectSuffices: false,
    command: SIGNATURE_COMMAND,
};
const SIGNING_WORD = /\b(signatures?|signing|signed|signers?)\b/i;
const VERIFY_WORD = /\b(verif(y|ying|ication|ied)|validat(e|ing|ion)|authenticat(e|ing))\b/i;
/** Prose saying the release can be verified: "verify the integrity of the release binaries". */
const VERIFY_RELEASE_PROSE = /\bverif(y|ying|ication of)\b[^.]{0,60}\b(integrity|authenticity|signatures?|provenance|origin)\b[^.]{0,60}\b(releases?|binar(y|ies)|downloads?|assets?|artifacts?)\b/i;
const RELEASE_OBJECT = /\b(releases?|artifacts?|downloads?|binar(y|ies)|images?|containers?|packages?|assets?|archives?|tarballs?|bundles?)\b/i;
/** Commit signing and sign-offs are about contributions; "verify the installation" is about the install working. */
const CONTRIBUTION_SIGNING = /\b(commits?|sign[- ]?offs?|dco|pull requests?|tags? signing)\b/i;
const TLS_CONTEXT = /\b(?:ca|tls|ssl|https|x\.?509|server|client|intermediate|root certificates?|trust ?store|handshake)\b/i;
const INSTALL_CHECK = /\b(installation|install(ed)?|setup|set[- ]up|it works|works|configuration)\b/i;
const VERIFY_LINK = /sigstore|cosign|slsa|rekor|gnupg|gpg|pgp|minisign|signify|attestation|provenance|checksum|sha256|in-toto|notation|notary/i;
/** Status badges and images: a project's own name in a badge URL is not a link about verification. */
const BADGE_LINK = /\bbadges?\b|shields\.io|\.(svg|png|gif|jpe?g)(\?|#|$)/i;
function linkNames(doc, h, re) {
    return re.test(h.code) || sectionLinks(doc, h).some((l) => !BADGE_LINK.test(l.target) && (re.test(l.target) || re.test(l.text)));
}
/**
 * A section whose code runs a verification command, whatever its prose (often none: the section is
 * one code block). "Verify Installation" with `tool --version` runs none, so it does not count.
 */
function verificationCode(doc, w, projectName = null) {
    if (isCommandReference(doc))
        return undefined;
    const hs = doc.outline?.headings ?? [];
    const n = Math.min(hs.length, MAX_HEADINGS_PER_DOC);
    for (let i = 0; i < n; i++) {
        const h = hs[i];
        if (!h.code || CONTRIBUTION_SIGNING.test(h.text))
            continue;
        const m = w.command.exec(h.code);
        if (!m)
            continue;
        // A signing tool's own command in a usage section ("Verify a container": `cosign verify`)
        // teaches readers to verify their artifacts, not the project's releases.
        // Its heading must then say it is about the project's releases ("Verifying cosign releases").
        const ownTool = projectName !== null && new RegExp(projectName.source, 'i').test(m[0]);
        if (ownTool && !OWN_RELEASE.test(h.text))
            continue;
        if (underUsage(doc, h) && !OWN_RELEASE.test(h.text) && !OWN_RELEASE.test(h.body))
            continue;
        return { heading: h, command: m[0].replace(/\s+/g, ' ').slice(0, 60) };
    }
    return undefined;
}
/** Sections that teach the tool's use: a signing tool's "Quick start \u203a Verify a container" (or sigstore-js's "Demo Script \u203a Signing") is about the reader's artifacts, not the project's releases. */
const USAGE_PARENT = /^(quick ?start|usage|detailed usage|basic usage|examples?|tutorials?|how to use|getting started|user guide|working with .*|features|future ideas|roadmap|faq|frequently asked questions|caveats|demo(?: script)?|walkthrough)$/i;
/** Words that tie a section to the project's own releases. */
const OWN_RELEASE = /\b(releases?|released|downloads?|binar(y|ies)|release assets?)\b/i;
/**
 * The words that tie a product page's prose to the project's releases: "download" and "binaries"
 * are also what the product does (spire's "Server Attestation": an agent downloads trust bundles),
 * so they count only on a page about installing or downloading.
 */
const RELEASE_WORD = /\b(releases?|released)\b/i;
const INSTALL_PAGE = /(?:^|\/)(?:install|download|releases?|getting[-_ ]started|quick[-_ ]?start|setup)[^/]*$/i;
/** A heading that asks what a technology is or why it matters ("What is SLSA?"): a definition, not instructions. */
const DEFINITION = /^(?:what (?:is|are)|why|about)\b/i;
const VERSION_ENTRY = /\bv?\d+\.\d+\b/;
/**
 * A heading that names the technology after another action ("Generate provenance", "Referencing
 * SLSA builders", slsa-github-generator's): making it for one's own artifacts, or using the tool.
 * Verifying and signing headings are decided before this is asked.
 */
const OTHER_ACTION = /^(?:[a-z]+ing|generat\w*|creat\w*|produc\w*|emit\w*|make)\b/i;
function underUsage(doc, h) {
    return ancestors(doc, h).some((p) => USAGE_PARENT.test(p.text.replace(/[^\w\s'-]/g, '').trim()));
}
/** The document's title: its first heading, at the highest level used. It names the project or the page, not a topic. */
function isTitle(doc, h) {
    const hs = doc.outline?.headings ?? [];
    return hs[0] === h && hs.every((x) => x.level >= h.level);
}
/**
 * A generated command reference page (cobra, click, clap docs: "Synopsis", "Options", "SEE ALSO")
 * documents what a command does, e.g. a signing tool's own `verify` command; it is not a guide to
 * verifying the project's releases. Found on sigstore/cosign's doc/cosign_*.md pages.
 */
function isCommandReference(doc) {
    const hs = doc.outline?.headings ?? [];
    let seeAlso = false;
    let options = false;
    for (let i = 0; i < hs.length && i < 200; i++) {
        const t = hs[i].text.trim();
        if (/^see also$/i.test(t))
            seeAlso = true;
        else if (/^(options|flags|synopsis|usage|options inherited from parent commands)$/i.test(t))
            options = true;
    }
    return seeAlso && options;
}
/** A heading about verifying releases; an ambiguous one ("Verification") needs a link in its section naming the technology. */
function verifiesReleases(w, projectName) {
    return (h, doc) => {
        // In a signing tool's own documents ("cosign", "Expected cosign version behaviour") the project's
        // name is not the technology being used to verify its releases.
        const t = projectName ? h.text.replace(projectName, ' ').trim() : h.text;
        if (!t)
            return false;
        if (CONTRIBUTION_SIGNING.test(t))
            return false;
        if (isCommandReference(doc))
            return false;
        if (underUsage(doc, h) && !OWN_RELEASE.test(t))
            return false;
        // A product page (under docs/) speaks of verifying the project's releases only in words of its
        // releases: a verification tool's pages ("KMS Signer", "Verifying an Artifact with a Witness
        // Policy", in-toto/witness's) document what the product does for its users.
        if (doc.role === 'docs' && doc.kind === 'product' && !OWN_RELEASE.test(t) && !(INSTALL_PAGE.test(doc.path) ? OWN_RELEASE : RELEASE_WORD).test(h.body))
            return false;
        if (DEFINITION.test(t))
            return false;
        // A changelog's entry for a version ("in-toto v0.4.0") lists what changed, not how to verify.
        if (doc.role === 'changelog' && VERSION_ENTRY.test(t))
            return false;
        // A page title that only names things ("cosign download attestation", a command reference) is
        // not a section on verifying; a title that says verify or signing ("Verifying releases") is.
        if (isTitle(doc, h) && !VERIFY_WORD.test(t) && !SIGNING_WORD.test(t))
            return false;
        if (w.tech.test(t)) {
            if (VERIFY_WORD.test(t) || SIGNING_WORD.test(t) || RELEASE_OBJECT.test(t) || w.generic.test(t.replace(w.tech, '')))
                return true;
            // A heading that only names the technology ("cosign", "Attestation", "Checksums") is the
            // project's title in a signing tool's README or a field in a schema reference unless its
            // section speaks of verifying or of releases, or runs a verification command.
            if (isTitle(doc, h) || OTHER_ACTION.test(t))
                return false;
            return VERIFY_WORD.test(h.body) || RELEASE_OBJECT.test(h.body) || w.command.test(h.code);
        }
        if (INSTALL_CHECK.test(t))
            return false;
        // Certificates, keys and signatures of a TLS connection are not a release's (curl's "CA bundle missing intermediate certificates").
        if (w.generic.test(t) && TLS_CONTEXT.test(t))
            return false;
        if (w.generic.test(t)) {
            const signing = SIGNING_WORD.test(t);
            if (signing && VERIFY_WORD.test(t))
                return true; // "Verifying signatures"
            // "Release signing", "Image signing": about the project's own artifacts when the prose says
            // so ("releases are signed\u2026", "verify with\u2026"); "Why not use containers/image signing" in a
            // signing tool's FAQ is not.
            if (signing && RELEASE_OBJECT.test(t) && (OWN_RELEASE.test(t) || VERIFY_WORD.test(h.body) || OWN_RELEASE.test(h.body)))
                return true;
            if (signing && w === IDENTITY && w.generic.test(t.replace(SIGNING_WORD, '')))
                return true; // "Signing keys"
            // "Release integrity", "Release keys"; a package or an image only when the prose speaks of verifying
            // (curl's TODO item "Package curl for Windows in a signed installer" is a plan).
            if (OWN_RELEASE.test(t) || (RELEASE_OBJECT.test(t) && VERIFY_WORD.test(h.body)))
                return true;
            // "Signature specification" linking minisign describes a format; it teaches verifying only
            // when its heading or prose speaks of verifying, or of the project's releases.
            return (signing || VERIFY_WORD.test(t)) && linkNames(doc, h, VERIFY_LINK) && (VERIFY_WORD.test(t) || VERIFY_WORD.test(h.body) || OWN_RELEASE.test(h.body));
        }
        // "Verifying the download" counts when its section speaks of integrity (a checksum, a signature, a
        // verification command); "Verifying the latest version of a package" (pip's UX research) does not.
        if (VERIFY_WORD.test(t) && RELEASE_OBJECT.test(t))
            return (w.releaseObjectSuffices && (w.tech.test(h.body) || w.generic.test(h.body) || w.command.test(h.code) || w.tech.test(h.code))) || linkNames(doc, h, VERIFY_LINK);
        if (VERIFY_WORD.test(t))
            return linkNames(doc, h, VERIFY_LINK);
        // "Bundle files in GitHub Release Assets": a section about the release assets whose prose says
        // they are there to verify the release and links the instructions (sigstore/cosign's README).
        if (OWN_RELEASE.test(t) && VERIFY_RELEASE_PROSE.test(h.body) && (w !== IDENTITY || SIGNING_WORD.test(h.body) || w.tech.test(h.body)))
            return linkNames(doc, h, VERIFY_LINK) || linkNames(doc, h, /^https?:/);
        return false;
    };
}
const VERIFY_ROLES = ['readme', 'docs', 'security', 'support', 'changelog', 'contributing'];
/** The repository's name as a word ("cosign" for sigstore/cosign), when it is one of the verification technologies' names. */
function projectNamePattern(facts) {
    const name = facts.context.repository?.split('/')[1]?.toLowerCase();
    if (!name || !/^[a-z0-9][a-z0-9_.-]*$/.test(name) || !VERIFY_LINK.test(name))
        return null;
    return new RegExp(`\\b${name.replace(/[.]/g, '\\.')}\\b`, 'gi');
}
function verificationCheck(words, what, missing, advice) {
    return (facts) => {
        const remediation = adviceText(advice, facts);
        const test = verifiesReleases(words, projectNamePattern(facts));
        const found = [];
        const section = findSectionWhere(facts, VERIFY_ROLES, test, 30);
        if (section) {
            found.push(sectionEvidence(section, what));
            const links = sectionLinks(section.doc, section.heading)
                .filter((l) => (VERIFY_LINK.test(l.target) || VERIFY_LINK.test(l.text)) && !BADGE_LINK.test(l.target))
                .slice(0, 3);
            for (const l of links)
                found.push(fileEvidence(section.doc.path, `links to ${l.target}`, l.line, l.column));
        }
        else {
            // A changelog's examples show new features, not how to verify a release.
            outer: for (const role of VERIFY_ROLES.filter((r) => r !== 'changelog'))
                for (const doc of documents_documentsOf(facts.documents, role)) {
                    const code = verificationCode(doc, words, projectNamePattern(facts));
                    if (code) {
                        found.push(fileEvidence(doc.path, `${what}: section "${code.heading.text}" gives the command \`${code.command}\``, code.heading.line));
                        break outer;
                    }
                }
        }
        const si = siDocs(facts, ['project.documentation.signature-verification'], what, (doc) => sectionIn(doc, test, 30) ?? verificationCode(doc, words, projectNamePattern(facts))?.heading);
        return decideDocs(found, si, 'project.documentation.signature-verification', () => releaseGate(facts, missing, remediation));
    };
}

;// CONCATENATED MODULE: ./src/rules/osps-do-03-01.ts


const osps_do_03_01_id = 'OSPS-DO-03.01';
const osps_do_03_01_evaluate = verificationCheck(INTEGRITY, 'instructions to verify the integrity and authenticity of release assets', 'no instructions to verify release assets: no section on verifying signatures, checksums or provenance in the README, docs/ or SECURITY.md (a section on checking that an installation works does not count)', (facts) => `Add a "Verifying releases" section (README.md or docs/) that names the technology (e.g. cosign, GPG, SLSA provenance, SHA256SUMS), gives the commands to run and the expected output, and link it from project.documentation.signature-verification in ${insightsFile(facts)}.`);

;// CONCATENATED MODULE: ./src/rules/osps-do-03-02.ts

const osps_do_03_02_id = 'OSPS-DO-03.02';
const osps_do_03_02_evaluate = verificationCheck(IDENTITY, 'instructions to verify the identity of who made a release', 'no instructions to verify who authored a release: no section on release signatures, signing keys, certificate identities or provenance (checksums alone do not identify the author)', 'Document the expected signer: the GPG key ID/fingerprint, or the Sigstore certificate identity and OIDC issuer (e.g. cosign verify-blob --certificate-identity ... --certificate-oidc-issuer ...), or the builder identity in SLSA provenance; link it from project.documentation.signature-verification.');

;// CONCATENATED MODULE: ./src/rules/helpers/support-policy.ts
// Support scope and end of security updates (OSPS-DO-04.01 / 05.01): one check, with each rule's
// heading words and the words of its statement under any heading. GitHub's SECURITY.md template
// committed unfilled states nothing about the project and fails, naming the file.








/** Changelog headings that describe a release's content. */
const RELEASE_ENTRY = /\bsecurity (?:updates?|fix(?:es)?|patch(?:es)?|releases?)\b|\blts\b|\blong[- ]term support\b/i;
const SUPPORT_ROLES = ['support', 'security', 'readme', 'docs', 'governance', 'changelog'];
/**
 * Prose about which toolchain or platform a release needs: "The minimum Swift version supported by ... releases"
 * (swift-argument-parser's "Supported Versions" table), "officially supports Python 3.10+", "MSRV".
 */
const COMPATIBILITY = /\b(?:minimum|minimal|oldest)\b[^.|]{0,40}\bversions?\b|\bmsrv\b|\b(?:supports|requires|compatible with)\s+(?!(?:versions?|releases?|branch(?:es)?|the|only|all|latest|current|each|every)\b)[a-z][\w.+#-]{0,30}\s+v?\d/i;
/** Words of a support statement about the project's own releases: fixes, maintenance, end of life, a supported/unsupported mark. */
const SUPPORT_TERMS = /\b(?:security|fix(?:es|ed)?|patch(?:es|ed)?|maintained|maintenance|unsupported|no longer|end[- ]of[- ](?:life|support)|eol|lts|long[- ]term|backport\w*|ended|until)\b|\u2705|\u274c|:white_check_mark:|:x:/i;
/**
 * Where a support statement is read whatever its heading: project documents, the README, a version-policy page and the
 * project sections of other docs/ pages (helm's CONTRIBUTING.md "Helm v3", pydantic's docs/version-policy.md "Pydantic
 * V1"). Not the changelog: its entries name fixes ("fixed a bug where updates hung until restart"), not a policy.
 */
const STATEMENT_ROLES = ['support', 'security', 'readme', 'contributing', 'governance', 'docs'];
/** The end of a period: "until July 8th 2026", "until the release of V3", "for 8 months", "end of life". */
const PERIOD = /\buntil\b|\bfor (?:at least )?(?:\d{1,3}|one|two|three|four|six|nine|twelve|eighteen|twenty-four) (?:more )?(?:months?|years?)\b|\bend[- ]of[- ]life\b/i;
/**
 * A sentence that states which fixes a release line gets and until when: `fixes` names them, PERIOD bounds them
 * ("Helm v3 will continue to receive bug fixes ... until July 8th 2026. Security enhancements will still be applied until
 * November 11th 2026").
 */
function supportStatement(fixes) {
    return (s) => PERIOD.test(s) && fixes.test(s);
}
/** The first section, in STATEMENT_ROLES documents, whose prose has a support statement. */
function findSupportStatement(facts, stated) {
    const seen = new Set();
    for (const role of STATEMENT_ROLES)
        for (const doc of documents_documentsOf(facts.documents, role)) {
            if (seen.has(doc.path))
                continue;
            seen.add(doc.path);
            const h = statementHeading(doc, stated);
            if (h)
                return { doc, heading: h, sentence: sentencesOf(h.body).find(stated) ?? '' };
        }
    return undefined;
}
/** A page whose name says it is the support policy (pydantic's docs/version-policy.md): every section of it speaks for the project here. */
const POLICY_PAGE = /(?:^|[/_-])(?:version(?:ing)?|support|releases?|maintenance|lts)[-_]?(?:polic(?:y|ies)|life[-_]?cycle)(?:[/_.-]|$)/i;
/** The first section of a document with a support statement (its whole prose is tested first: most sections have none). */
function statementHeading(doc, stated) {
    const anySection = doc.role === 'readme' || POLICY_PAGE.test(doc.path);
    const hs = (doc.outline?.headings ?? []).slice(0, MAX_HEADINGS_PER_DOC);
    return hs.find((h) => stated(h.body) && !isTemplateSection(h) && (anySection || projectSection(doc, h)) && sentencesOf(h.body).some(stated));
}
/** A section whose prose only says which toolchain or platform versions releases need: compatibility, not support. */
function compatibilityOnly(h) {
    return COMPATIBILITY.test(h.body) && !SUPPORT_TERMS.test(h.body);
}
/**
 * `heading`: the words of a section on the topic; `fixes`: the words of a sentence that, with a period (PERIOD), states
 * it under any heading.
 */
function supportCheck(heading, fixes, what, missing, advice) {
    const stated = supportStatement(fixes);
    const about = headingIs(heading, /\b(getting support|get support|how to get|contact|commercial support)\b/i);
    // GitHub's SECURITY.md template has a "Supported Versions" section with made-up versions (5.1.x,
    // 5.0.x, 4.0.x): committed unfilled, it states nothing about this project.
    // A changelog's "Security Fixes" or "v2.4 LTS" names what one release holds, not how long releases are supported (falcosecurity/falco's).
    // A "Supported Versions" table of minimum toolchain versions says what a release runs on, not how long it is supported.
    const test = (h, doc) => about(h) && !isTemplateSection(h) && !(doc.role === 'changelog' && RELEASE_ENTRY.test(h.text)) && !compatibilityOnly(h);
    return (facts) => {
        const remediation = adviceText(advice, facts);
        const found = [];
        const section = findSectionWhere(facts, SUPPORT_ROLES, test, 40);
        if (section)
            found.push(sectionEvidence(section, what));
        else {
            // A dated statement of fixes is a support statement whatever its heading ("## Helm v3", "## Pydantic V1").
            const statement = findSupportStatement(facts, stated);
            if (statement)
                found.push(statementEvidence(statement, what));
        }
        const si = siDocs(facts, ['project.documentation.support-policy'], what, (doc) => sectionIn(doc, test, 40) ?? statementHeading(doc, stated));
        if (found.length === 0 && si.confirmed.length === 0 && si.broken.length === 0) {
            const template = templateSectionWhere(facts, SUPPORT_ROLES, about);
            if (template)
                return fail(capEvidence([sectionEvidence(template, template.heading.template ?? 'template text not filled in'), ...si.declared]), `Replace the template text in ${template.doc.path}: list the versions of this project that receive security updates and say until when (or remove the section). ${remediation}`);
        }
        return decideDocs(found, si, 'project.documentation.support-policy', () => releaseGate(facts, missing, remediation));
    };
}

;// CONCATENATED MODULE: ./src/rules/osps-do-04-01.ts


const SUPPORT_HEADING = /\b(support(ed)? (policy|lifecycle|life ?cycle|period|duration|window|horizons?|scope|timeline|matrix|schedule|versions?|releases?|status)|(release|version|maintenance|long[- ]term) (support|lifecycle|life ?cycle|policy|policies)|end[- ]of[- ](life|support)|\beol\b|\blts\b|versioning and support|maintained versions|deprecation policy)\b/i;
/** Fixes a release line gets, or its being supported: with a period, a statement of support under any heading. */
const SUPPORT_STATEMENT = /\b(?:bug|security|critical|vulnerability|vulnerabilities)\b[\w ,-]{0,40}?\b(?:fix(?:es|ed)?|patch(?:es|ed)?|updates?|enhancements?|backports?)\b|\b(?:will be|are|is|remains?) (?:supported|maintained)\b/i;
const osps_do_04_01_id = 'OSPS-DO-04.01';
const osps_do_04_01_evaluate = supportCheck(SUPPORT_HEADING, SUPPORT_STATEMENT, 'scope and duration of support', 'no statement of support scope and duration: no "Support policy", "Supported versions" or lifecycle section in SUPPORT.md, SECURITY.md, the README or docs/', (facts) => `Add a "Support policy" section (SUPPORT.md or SECURITY.md) saying which releases are supported, for how long, and what support they get (bug fixes, security updates); link it from project.documentation.support-policy in ${insightsFile(facts)}.`);

;// CONCATENATED MODULE: ./src/rules/osps-do-05-01.ts

const SECURITY_UPDATES_HEADING = /\b(supported versions|supported releases|security (updates|support|fixes|patches|releases)|end[- ]of[- ](life|support)|\beol\b|support (policy|lifecycle|life ?cycle|period|duration|window|horizons?|timeline|matrix|schedule)|(release|version|maintenance) (support|lifecycle|policy)|long[- ]term support|\blts\b|maintained versions)\b/i;
/** Security fixes a release line gets: with a period, a statement of when they stop under any heading. */
const SECURITY_STATEMENT = /\bsecurity\b[\w ,-]{0,40}?\b(?:fix(?:es|ed)?|patch(?:es|ed)?|updates?|enhancements?|backports?|support)\b|\bvulnerabilit(?:y|ies)\b[\w ,-]{0,40}?\b(?:fixed|patched)\b/i;
const osps_do_05_01_id = 'OSPS-DO-05.01';
const osps_do_05_01_evaluate = supportCheck(SECURITY_UPDATES_HEADING, SECURITY_STATEMENT, 'when versions stop receiving security updates', 'no statement of when releases stop receiving security updates: no "Supported versions" or end-of-life section in SECURITY.md, SUPPORT.md, the README or docs/', 'Add a "Supported versions" section to SECURITY.md stating which versions receive security updates and when a version stops receiving them (e.g. "the latest minor release; older releases get no fixes once a new minor is out"); link it from project.documentation.support-policy.');

;// CONCATENATED MODULE: ./src/rules/osps-do-06-01.ts
// OSPS-DO-06.01: How dependencies are selected, obtained and tracked.
// A section about dependency management (choosing, adding, updating, pinning, reviewing
// dependencies) in CONTRIBUTING, SECURITY, docs/ (in a product document, only under a heading
// that speaks for the project), governance or the README, but not one about adding this project as
// a dependency of the reader's (install text); a bare "Dependencies" heading counts only in
// contributor and security documents, as it usually lists prerequisites; or a dependency-policy
// document under docs/. A Security Insights link that contradicts the tree
// fails; a document section passes; a declaration elsewhere is attested (decideDocs,
// helpers/documentation.ts). Nothing found: fail once released, not applicable before, unknown when
// the release state cannot be told (releaseGate, helpers/release.ts).






const DEPENDENCY_HEADING = /\bdependenc(y|ies)\b.*\b(manag\w*|polic\w*|select\w*|choos\w*|track\w*|updat\w*|upgrad\w*|adding|vendor\w*|pin\w*|review\w*|approv\w*|lifecycle|hygiene|introduc\w*|bump\w*|renovate|dependabot)|\b(manag\w*|select\w*|choos\w*|track\w*|updat\w*|upgrad\w*|add|adding|vendor\w*|pin\w*|review\w*|introduc\w*|bump\w*)\b.*\bdependenc(y|ies)\b|^(third[- ]party|external) (code|libraries|dependencies)$/i;
/**
 * A heading about depending on this project is install text for its users, not how the project picks its own dependencies
 * (swift-argument-parser's README "Adding `ArgumentParser` as a Dependency": "add it to the dependencies for your package").
 */
const CONSUMER_HEADING = /\bas an? (?:[\w-]+ )?dependency\b|\b(?:to|in|into) your (?:[\w-]+ )?dependenc(?:y|ies)\b/i;
/** A heading about the project's own dependencies. */
const dependencyHeading = headingIs(DEPENDENCY_HEADING, CONSUMER_HEADING);
/** A bare "Dependencies" heading usually lists prerequisites; it counts only in contributor and security documents. */
const BARE_DEPENDENCIES = /^dependencies$/i;
const DEPENDENCY_DOC = /(^|\/)dependenc(y|ies)([-_ ]?(management|policy|policies|guide))?\.[a-z]+$/i;
function dependencySection(doc) {
    return sectionIn(doc, dependencyHeading, 80);
}
const osps_do_06_01_id = 'OSPS-DO-06.01';
function osps_do_06_01_evaluate(facts) {
    const found = [];
    // A product document's section on dependencies describes the product (a package manager's guide
    // to adding dependencies, a scanner's advice on securing the reader's): it counts only under a
    // heading that speaks for the project.
    const section = findSectionWhere(facts, ['contributing', 'security', 'docs', 'governance', 'readme'], (h, doc) => dependencyHeading(h) && (doc.role !== 'docs' || projectSection(doc, h)), 80) ??
        findSectionWhere(facts, ['contributing', 'security', 'governance'], headingIs(BARE_DEPENDENCIES), 80);
    if (section)
        found.push(sectionEvidence(section, 'how dependencies are managed'));
    const docs = documents_documentsOf(facts.documents, 'docs').filter((d) => DEPENDENCY_DOC.test(d.path) && substantive(d, 120));
    for (const d of docs.slice(0, 2))
        found.push(fileEvidence(d.path, 'dependency management document', 1));
    const si = siDocs(facts, ['repository.documentation.dependency-management-policy'], 'dependency management policy', dependencySection);
    return decideDocs(found, si, 'repository.documentation.dependency-management-policy', () => releaseGate(facts, 'no description of how dependencies are selected, obtained and tracked: no "Dependency management" / "Adding dependencies" section in CONTRIBUTING, SECURITY or docs/', `Add a "Dependency management" section (CONTRIBUTING.md or docs/dependencies.md) saying how new dependencies are chosen and reviewed, where they are fetched from (lock files, registries), and how they are tracked and updated (e.g. Dependabot); link it from repository.documentation.dependency-management-policy in ${insightsFile(facts)}.`));
}

;// CONCATENATED MODULE: ./src/rules/osps-do-07-01.ts
// OSPS-DO-07.01: Instructions to build the software.
// A "Building from source", "Development setup" or similar section in CONTRIBUTING, the README or
// docs/ (weaker headings such as "Compiling" only in CONTRIBUTING and the README, since docs/ uses
// them for product features); a "Build from source" section that is only a code block running a
// build command; or a build guide under docs/. A root BUILDING.md or INSTALL file, which is not
// outlined, is unknown rather than a guessed pass. Otherwise fail (not release-gated).





const BUILD_HEADING = /\b(build(ing)?|compil(e|ing|ation)|from source|development (setup|environment|steps|instructions)|developer (setup|guide)|dev(elopment)? env(ironment)?|set(ting)?[- ]?up (the |a |your )?(development|dev|local)|local development|hacking|running locally|make targets)\b/i;
/**
 * Headings that can only mean building the software. Searched first, everywhere: in docs/ a bare
 * "Compiling" or "Build" heading is as often about the product's own features ("Compiling and
 * caching" expressions, "Build your first policy"), so the weaker words count only in CONTRIBUTING
 * and the README.
 */
const BUILD_STRONG = /\b(build(ing)? (it |the \w+ )?from source|from source|build(ing)? (instructions|locally|the (project|code|binar(y|ies)|software))|how to build|^building( \S+)?$|^build$|development (setup|environment|steps|instructions)|developer (setup|guide)|dev(elopment)? env(ironment)?|set(ting)?[- ]?up (the |a |your )?(development|dev|local)|local development)\b/i;
/** Commands that build the software, in a section's code. */
const BUILD_COMMAND = /\bmake(?:\s+(?:build|all|install|compile|release|binary|dist))?\b|\bgo\s+(?:build|install)\b|\bcargo\s+build\b|\b(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build\b|\b(?:mvn|mvnw|gradle|gradlew)\b[^\n]*\b(?:package|install|build|assemble|check|verify|compile)\b|\bpython3?\s+-m\s+build\b|\bpip3?\s+install\s+(?:-e|--editable)\b|\bcmake\b|\b(?:bazel|bazelisk)\s+build\b|\bdotnet\s+build\b|\bdocker\s+build\b/i;
const BUILD_NOT = /\b(build status|badges?|ci status|built with|built on|build system status)\b/i;
const BUILD_DOC = /(^|\/)(build(ing)?|compil(e|ing)|development|develop(er)?[-_ ]?guide|hacking|dev[-_ ]?setup|from[-_ ]?source)[^/]*$/i;
/**
 * The build command in a section's code when it says what it builds (`npm run build`, `cargo
 * build`, `gradlew clean check`): a bare `make` could be any target, and a bare tool name is as
 * often a file or another tool (falco's "`.cmake`", "`cmake-format`").
 */
function namedBuild(code) {
    const m = BUILD_COMMAND.exec(code);
    return m !== null && /\s/.test(m[0].trim()) ? m[0] : null;
}
const osps_do_07_01_id = 'OSPS-DO-07.01';
function osps_do_07_01_evaluate(facts) {
    const section = findProjectSection(facts, ['contributing', 'readme', 'docs'], headingIs(BUILD_STRONG, BUILD_NOT), GUIDE_MIN_CHARS) ??
        findProjectSection(facts, ['contributing', 'readme'], headingIs(BUILD_HEADING, BUILD_NOT), GUIDE_MIN_CHARS) ??
        findProjectSection(facts, ['contributing', 'readme', 'docs'], headingIs(/^(development|developing|developer guide|hacking)$/i), GUIDE_MIN_CHARS) ??
        // In a contribution guide, "Setting up" is the development environment.
        findProjectSection(facts, ['contributing'], headingIs(/^(setting up|set ?up|getting set up|setup|prerequisites|getting started)$/i), GUIDE_MIN_CHARS);
    if (section)
        return pass([sectionEvidence(section, 'build instructions')]);
    // "Build from source" that is only a code block (git clone, make build): the commands are the instructions.
    const coded = findProjectSection(facts, ['contributing', 'readme', 'docs'], (h) => BUILD_STRONG.test(h.text) && !BUILD_NOT.test(h.text) && BUILD_COMMAND.test(h.code), 0);
    if (coded) {
        const cmd = BUILD_COMMAND.exec(coded.heading.code)?.[0] ?? '';
        return pass([fileEvidence(coded.doc.path, `build instructions: section "${coded.heading.text}" gives the command \`${cmd}\``, coded.heading.line)]);
    }
    // A contribution guide's steps that run the build (actions/checkout's "Submitting a pull request":
    // `npm install`, then `npm run build`).
    const stepped = findProjectSection(facts, ['contributing'], (h) => namedBuild(h.code) !== null, 0);
    if (stepped)
        return pass([fileEvidence(stepped.doc.path, `build instructions: the contribution guide's section "${stepped.heading.text}" gives the command \`${namedBuild(stepped.heading.code)}\``, stepped.heading.line)]);
    const doc = documents_documentsOf(facts.documents, 'docs').find((d) => BUILD_DOC.test(d.path) && substantive(d, 120));
    if (doc)
        return pass([fileEvidence(doc.path, 'build / development guide', 1)]);
    const named = facts.files.find((f) => /^(BUILDING|BUILD|DEVELOPMENT|HACKING|INSTALL)(\.(md|markdown|rst|txt|adoc))?$/i.test(f.path) && f.kind === 'file');
    if (named)
        return unknown(`${named.path} exists, but this check does not outline files of that name, so whether it gives build instructions was not observed`, 'Move the build instructions into a "Building from source" section of CONTRIBUTING.md or docs/building.md, where they are read.', [fileEvidence(named.path, 'a file whose name suggests build instructions', 1)]);
    const evidence = [{ kind: 'note', detail: 'no "Building", "Build from source" or "Development setup" section with text in CONTRIBUTING, the README or docs/' }];
    return fail(evidence, sectionAdvice(BUILD_FROM_SOURCE, '(or docs/building.md) listing the required toolchain, SDKs and libraries with versions, and the commands that build and test the software'));
}

;// CONCATENATED MODULE: ./src/rules/osps-gv-01-01.ts
// OSPS-GV-01.01: A list of members with access to sensitive resources.
// A MAINTAINERS/OWNERS file with content, CODEOWNERS, a "Maintainers"/"Team" section (or an
// "Authors" section with GitHub profiles or e-mail addresses) in GOVERNANCE, the README or
// CONTRIBUTING (in docs/, only on a page about the project's people), or members named in
// Security Insights `project.administrators` or `repository.core-team`. The governance
// link in Security Insights is checked against the tree. A Security Insights link that contradicts
// the tree fails; a document section passes; a declaration elsewhere is attested (decideDocs,
// helpers/documentation.ts). Otherwise fail.






const MEMBERS_HEADING = /\b(maintainers?|committers?|members?|owners?|approvers?|reviewers?|admins?|administrators?|core team|team|steering committee|tsc|people|emeritus)\b/i;
const MEMBERS_NOT = /\b(becom\w*|how to|guides?|handbook|nominat\w*|promot\w*|responsibilit\w*|roles?|duties|expectations|process|election|removal|adding|code of conduct)\b/i;
const PEOPLE_PAGE = /(governance|maintainers?|team|people|community|members|owners|committers)[^/]*$/i;
const PROFILE_LINK = /^https:\/\/github\.com\/[A-Za-z0-9-]{1,39}\/?$/;
const AUTHORS_HEADING = /^(?:authors?|credits|core authors)$/i;
/** GitHub profile links and e-mail addresses written in a heading's section. */
function peopleIn(doc, h) {
    return sectionLinks(doc, h).filter((l) => PROFILE_LINK.test(l.target)).length + sectionEmails(doc, h).length;
}
function membersSection(doc) {
    return sectionIn(doc, headingIs(MEMBERS_HEADING, MEMBERS_NOT), 10);
}
/** Names of people in a Security Insights contact list (project.administrators, repository.core-team). */
function contactNames(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .map((c) => (c && typeof c === 'object' && typeof c.name === 'string' ? c.name.trim() : ''))
        .filter((n) => n !== '');
}
const osps_gv_01_01_id = 'OSPS-GV-01.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const whileActive = true;
function osps_gv_01_01_evaluate(facts) {
    const found = [];
    for (const doc of documents_documentsOf(facts.documents, 'maintainers')) {
        const o = doc.outline;
        if (!o || o.proseChars < 10)
            continue;
        const people = o.emails.length + o.links.filter((l) => PROFILE_LINK.test(l.target)).length;
        found.push(fileEvidence(doc.path, people > 0 ? `list of project members (${people} e-mail address(es) or GitHub profile link(s))` : 'list of project members', 1));
        break;
    }
    for (const doc of documents_documentsOf(facts.documents, 'codeowners')) {
        if (doc.outline && doc.outline.proseChars >= 3) {
            found.push(fileEvidence(doc.path, 'CODEOWNERS names the people and teams whose review is required, by path', 1));
            break;
        }
    }
    // In docs/, only pages about the project's people: "Members" in an API reference is not a team.
    const section = findSectionWhere(facts, ['governance', 'readme', 'contributing'], headingIs(MEMBERS_HEADING, MEMBERS_NOT), 10) ??
        findSectionWhere(facts, ['docs'], (h, doc) => PEOPLE_PAGE.test(doc.path) && MEMBERS_HEADING.test(h.text) && !MEMBERS_NOT.test(h.text), 10);
    if (section)
        found.push(sectionEvidence(section, 'project members listed'));
    else {
        // "Authors" names the people behind the project when it reaches them: composer's README lists
        // its two maintainers with their GitHub profiles and e-mail addresses.
        const authors = findSectionWhere(facts, ['readme', 'governance', 'contributing'], (h, doc) => AUTHORS_HEADING.test(h.text.trim()) && peopleIn(doc, h) > 0, 10);
        if (authors)
            found.push(sectionEvidence(authors, `project members listed (${peopleIn(authors.doc, authors.heading)} GitHub profile link(s) or e-mail address(es))`));
    }
    for (const field of ['project.administrators', 'repository.core-team']) {
        const f = insightsField(facts, field);
        const names = f ? contactNames(f.value) : [];
        if (names.length > 0)
            found.push(insightsEvidence(facts, field, `${field} names ${names.length} member(s), e.g. ${JSON.stringify(names[0].slice(0, 80))}`));
    }
    const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', membersSection);
    return decideDocs(found, si, 'repository.documentation.governance', () => fail([{ kind: 'note', detail: 'no MAINTAINERS/OWNERS/CODEOWNERS file, no "Maintainers" section in GOVERNANCE, the README or CONTRIBUTING, and no project.administrators or repository.core-team in Security Insights' }], `Add MAINTAINERS.md listing the people with access to sensitive resources (merge rights, release and registry credentials, secrets), with their GitHub handles, and name them in repository.core-team of ${insightsFile(facts)}.`));
}

;// CONCATENATED MODULE: ./src/rules/osps-gv-01-02.ts
// OSPS-GV-01.02: Roles and responsibilities of members.
// A "Roles and responsibilities" (duties, contributor ladder, membership) section in GOVERNANCE,
// MAINTAINERS, CONTRIBUTING, docs/ or the README, or a governance document describing two or more
// roles under their own headings with a paragraph each. Codes of conduct, instructions to coding
// agents and threat models are not read: their "responsibilities" and "roles" are the Contributor
// Covenant's boilerplate, the agent's persona and the software's. A Security Insights link that
// contradicts the tree fails; a document section passes; a declaration elsewhere is attested
// (decideDocs, helpers/documentation.ts). Otherwise fail.






const ROLES_HEADING = /\b(roles?|responsibilit\w*|duties|contributor ladder|membership( levels?)?|expectations)\b/i;
const ROLE_NAME_HEADING = /^(the )?(project )?(maintainers?|committers?|reviewers?|approvers?|members?|owners?|leads?|admins?|administrators?|steering committee|technical steering committee|tsc|core team|release managers?|security team|emeritus( maintainers?)?)$/i;
/**
 * Documents whose roles are not the project members': a code of conduct ("Our Responsibilities": "Project maintainers are responsible
 * for clarifying the standards of acceptable behavior", nlohmann/json's, in thousands of repositories), a prompt for coding agents
 * (osv-scanner's AGENTS.md "Persona & Role": "You are acting as an AI contributor") and a threat model (containerd's "containerd's
 * role is to execute the container specification").
 */
const NOT_MEMBERS_DOC = /code[-_ ]of[-_ ]conduct|threat[-_ ]?model/i;
const NOT_MEMBERS_HEADING = /\b(?:code of conduct|contributor covenant)\b/i;
/** A section that may describe the members' roles: not in a document of the kinds above, nor under a code-of-conduct heading. */
function aboutMembers(doc, h) {
    if (NOT_MEMBERS_DOC.test(doc.path) || agentInstructions(doc.path))
        return false;
    return !NOT_MEMBERS_HEADING.test(h.text) && !ancestors(doc, h).some((a) => NOT_MEMBERS_HEADING.test(a.text));
}
function rolesSection(doc) {
    return sectionIn(doc, headingIs(ROLES_HEADING), 60) ?? (doc.role === 'governance' || doc.role === 'docs' ? roleNamesDescribed(doc) : undefined);
}
/** In a governance document, two or more role headings each with a paragraph: the roles are described. */
function roleNamesDescribed(doc) {
    const described = (doc.outline?.headings ?? []).filter((h) => ROLE_NAME_HEADING.test(h.text) && h.ownChars >= 100 && !h.linkListOnly);
    return described.length >= 2 ? described[0] : undefined;
}
const osps_gv_01_02_id = 'OSPS-GV-01.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_gv_01_02_whileActive = true;
function osps_gv_01_02_evaluate(facts) {
    const found = [];
    const roles = ['governance', 'maintainers', 'contributing', 'docs', 'readme'];
    const section = findProjectSection(facts, roles, (h, doc) => ROLES_HEADING.test(h.text) && aboutMembers(doc, h), 60);
    if (section)
        found.push(sectionEvidence(section, 'roles and responsibilities described'));
    else {
        for (const doc of documents_documentsOf(facts.documents, 'governance')) {
            const h = roleNamesDescribed(doc);
            if (h) {
                found.push(fileEvidence(doc.path, `roles described: section "${h.text}" and others`, h.line));
                break;
            }
        }
    }
    const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', rolesSection);
    const remediation = `${sectionAdvice(ROLES, 'describing each role (e.g. maintainer, reviewer, contributor), what it may do and what it is expected to do')}. Link it from repository.documentation.governance in ${insightsFile(facts)}.`;
    return decideDocs(found, si, 'repository.documentation.governance', () => missingUnlessElsewhere(facts, 'governance', 'governance', 'Check that the governance document it links describes each role and its responsibilities', 'no section describing roles and responsibilities in GOVERNANCE, MAINTAINERS, CONTRIBUTING, the README or docs/', remediation));
}

;// CONCATENATED MODULE: ./src/rules/osps-gv-02-01.ts
// OSPS-GV-02.01: Public discussion of changes and obstacles.
// GitHub issues or Discussions enabled (from the API), links to a mailing list, chat or forum in
// the community documents or the issue chooser's contact links (the repository's own Discussions
// in any page), or a section about such a channel in the README, CONTRIBUTING, SUPPORT or
// governance. Nothing found: unknown when the API could not be read, else fail.




const DISCUSSION_LINK = /^https?:\/\/slack\.[a-z0-9-]+\.[a-z]{2,}(\/|$)|(^https?:\/\/([a-z0-9-]+\.)*(slack\.com|discord\.gg|discord\.com|gitter\.im|matrix\.to|zulipchat\.com|groups\.google\.com|groups\.io|discourse\.[a-z.]+|lists\.[a-z0-9.-]+)(\/|$))|^https?:\/\/github\.com\/[^/]+\/[^/]+\/discussions|^https?:\/\/github\.com\/[^/]+\/[^/]+\/issues\/?$|^https?:\/\/github\.com\/orgs\/[^/]+\/discussions|^https?:\/\/github\.com\/[^/]+\/discussions\/?$|^https?:\/\/[^/]*(forum|community|discuss)[^/]*\/|^https?:\/\/lists\.|\/mailman\/|\/mailing-?lists?\b|^mailto:[^@]+@(lists|groups)\./i;
/** Links about the community that are not a place to discuss: reports, surveys, posts, recordings. */
const NOT_A_CHANNEL = /\b(surveys?|reports?|results|blog|posts?|articles?|slides|videos?|webinars?|podcasts?|recordings?|minutes|newsletter|announcements?)\b/i;
const DISCUSSION_HEADING = /\b(mailing lists?|slack|discord|gitter|matrix|zulip|chat|forums?|discussions?|communication( channels?)?|community (channels?|meetings?)|get(ting)? in touch|talk to us)\b/i;
/** The issue templates too: the chooser's contact links (.github/ISSUE_TEMPLATE/config.yml) send questions to a forum or chat. */
const DISCUSSION_ROLES = ['readme', 'contributing', 'support', 'governance', 'code-of-conduct', 'issue-template', 'docs'];
const osps_gv_02_01_id = 'OSPS-GV-02.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_gv_02_01_whileActive = true;
function osps_gv_02_01_evaluate(facts) {
    const found = [];
    const repo = facts.github.repo;
    if (repo.state === 'ok') {
        const url = repo.data.htmlUrl;
        if (repo.data.hasIssues === true)
            found.push({ kind: 'api', url: `${url}/issues`, detail: `GitHub issues are enabled (${repo.source.endpoint}: has_issues true)` });
        if (repo.data.hasDiscussions === true)
            found.push({ kind: 'api', url: `${url}/discussions`, detail: `GitHub Discussions are enabled (${repo.source.endpoint}: has_discussions true)` });
    }
    const links = [];
    // The repository's own Discussions are the project's channel wherever a page links them (pydantic's docs/help_with_pydantic.md).
    const own = facts.context.repository ? `github.com/${facts.context.repository.toLowerCase()}/discussions` : null;
    const ownDiscussions = (target) => own !== null && target.toLowerCase().replace(/^https?:\/\//, '').startsWith(own);
    for (const role of DISCUSSION_ROLES) {
        for (const doc of documents_documentsOf(facts.documents, role)) {
            for (const l of doc.outline?.links ?? []) {
                // A link in a product document counts only in a project-level section; a report, survey or post about the community is not a channel.
                if (!DISCUSSION_LINK.test(l.target) || NOT_A_CHANNEL.test(`${l.text} ${l.target}`) || !(projectLine(doc, l.line) || ownDiscussions(l.target)))
                    continue;
                links.push(fileEvidence(doc.path, `links to a public discussion channel: ${l.target.slice(0, 200)}`, l.line, l.column));
                if (links.length >= 3)
                    break;
            }
            if (links.length >= 3)
                break;
        }
        if (links.length >= 3)
            break;
    }
    found.push(...links);
    if (links.length === 0) {
        // Headings only in community documents: "Matrix" or "Chat" in an API reference is not a channel.
        const section = findProjectSection(facts, ['readme', 'contributing', 'support', 'governance'], headingIs(DISCUSSION_HEADING), 40);
        if (section)
            found.push(sectionEvidence(section, 'documents a public discussion channel'));
    }
    if (found.length > 0)
        return pass(capEvidence(found));
    const remediation = 'Enable GitHub issues or Discussions for the repository, or document a public mailing list or chat (Slack, Discord, Matrix) with a link in the README or CONTRIBUTING.md.';
    if (repo.state === 'unknown')
        return unknown(`${apiUnknownDetail(repo, 'whether GitHub issues or Discussions are enabled')}; no document links to a mailing list, chat or forum`, remediation);
    return fail([
        { kind: 'api', url: repo.data.htmlUrl, detail: `${repo.source.endpoint}: has_issues ${String(repo.data.hasIssues)}, has_discussions ${String(repo.data.hasDiscussions)}` },
        { kind: 'note', detail: 'no document links to a mailing list, chat or forum' },
    ], remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-gv-03-01.ts
// OSPS-GV-03.01: A contribution guide.
// A CONTRIBUTING document with some prose, or one that says how to contribute in a sentence or two
// ("Open a pull request against main."), heading or not; or a "Contributing" section in the README
// or docs/; the
// Security Insights contributing-guide link is checked against the tree and a link to a missing
// file fails. Without a guide of its own, the owner's default CONTRIBUTING.md (.github repository)
// is attested, since GitHub shows it but its text is not read here. A Security Insights link that
// contradicts the tree fails; a document section passes; a declaration elsewhere is attested
// (decideDocs, helpers/documentation.ts). Otherwise fail.







/**
 * A sentence that says how to contribute: an action (open, send, submit, \u2026) on a channel (a pull
 * or merge request, a patch, an issue), or forking. Bounded gaps: linear in the text.
 */
const HOW_TO_CONTRIBUTE = /\b(?:open|send|submit|create|file|raise|propose|make|post|mail)\b[^.\n]{0,60}?\b(?:pull requests?|PRs?|merge requests?|MRs?|patch(?:es)?|issues?)\b|\bfork\b[^.\n]{0,80}?\b(?:pull request|PR|branch)\b/i;
/** Where a short guide says how to contribute: the sentence and its line, from the lead or a section's prose. */
function saysHowToContribute(doc) {
    const o = doc.outline;
    if (!o)
        return null;
    const parts = [{ text: o.lead, line: o.leadLine }, ...o.headings.slice(0, 20).map((h) => ({ text: h.body, line: h.line, h }))];
    for (const p of parts) {
        const m = HOW_TO_CONTRIBUTE.exec(p.text);
        if (!m)
            continue;
        const start = Math.max(p.text.lastIndexOf('.', m.index) + 1, 0);
        const end = p.text.indexOf('.', m.index + m[0].length);
        const sentence = p.text.slice(start, end < 0 ? undefined : end + 1).trim();
        return { line: p.h ? bodyLineOf(p.h, sentence) : p.line, text: sentence.length > 140 ? `${sentence.slice(0, 137)}...` : sentence };
    }
    return null;
}
/** A linked contribution guide: a substantive document, or one with a "Contributing" section. */
function contributionGuide(doc) {
    const first = doc.outline?.headings[0];
    if (first && substantive(doc))
        return first;
    return sectionIn(doc, (h) => /contribut/i.test(h.text), 60);
}
const osps_gv_03_01_id = 'OSPS-GV-03.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_gv_03_01_whileActive = true;
function osps_gv_03_01_evaluate(facts) {
    const found = [];
    const guides = documents_documentsOf(facts.documents, 'contributing');
    const guide = guides.find((d) => substantive(d));
    const short = guide ? undefined : guides.map((d) => ({ d, how: saysHowToContribute(d) })).find((x) => x.how !== null);
    if (guide)
        found.push(fileEvidence(guide.path, `contribution guide${linkedFrom(guide)}`, 1));
    else if (short?.how)
        found.push(fileEvidence(short.d.path, `short contribution guide that says how to contribute: "${short.how.text}"${linkedFrom(short.d)}`, short.how.line || 1));
    else {
        const section = findProjectSection(facts, ['readme', 'docs'], headingIs(/contribut/i), 60);
        if (section)
            found.push(sectionEvidence(section, 'contribution process explained'));
    }
    const si = siDocs(facts, ['repository.documentation.contributing-guide'], 'contribution guide', contributionGuide);
    return decideDocs(found, si, 'repository.documentation.contributing-guide', () => {
        const empty = documentOf(facts.documents, 'contributing');
        // No guide of its own: GitHub shows the owner's default CONTRIBUTING.md, whose text is not read here.
        const inherited = empty ? [] : orgDefaults(facts, /^(\.github\/|docs\/)?contributing(\.md|\.rst|\.txt)?$/i, 'contribution guide');
        if (inherited.length > 0)
            return attested([inherited[0].evidence], 'Check that the organization\'s CONTRIBUTING.md explains how to contribute to this repository, or add a CONTRIBUTING.md here.');
        const evidence = empty
            ? [fileEvidence(empty.path, empty.unreadable ? `contribution guide cannot be read (${empty.unreadable})` : 'contribution guide is nearly empty', 1)]
            : [{ kind: 'note', detail: 'no CONTRIBUTING file and no "Contributing" section in the README' }];
        return fail(evidence, 'Add CONTRIBUTING.md explaining how to propose changes: where to discuss, how to open a pull request, and what review to expect.');
    });
}

;// CONCATENATED MODULE: ./src/rules/osps-gv-03-02.ts
// OSPS-GV-03.02: Requirements for acceptable contributions.
// A section of the contribution guide that states what a contribution must meet: coding standards,
// tests, commit or pull request rules, review criteria, sign-off (a bare "Requirements" heading
// only when its prose speaks of contributions; a "Tests" section counts in CONTRIBUTING), or such a
// section in docs/ or the README whose heading says it is about contributions. A Security Insights
// link that contradicts the tree fails; a document section passes; a declaration elsewhere is
// attested (decideDocs, helpers/documentation.ts). Otherwise fail.




/** Headings that state what a contribution must meet. */
const REQUIREMENTS_HEADING = /\b(what (a )?good (change|contribution|pull request|patch|commit)s?( looks like)?|good (changes|contributions|pull requests|patches)|coding (standards?|style|conventions|guidelines)|code (style|standards?|conventions|quality|guidelines)|style ?guides?|conventions|lint(ing|ers?)?|formatting|commit (messages?|guidelines|conventions|format|style|requirements)|conventional commits|pull requests?|merge requests?|patch(es)? (guidelines|requirements|submission)|submission|submitting|requirements|checklist|dco|developer certificate|sign[- ]?offs?|signing off|review (process|criteria|guidelines)|code review|acceptance( criteria)?|definition of done|what we look for|before (you )?(submit|open)|guidelines)\b/i;
/** Outside the contribution guide, a heading must say it is about contributions ("requirements" alone is anything). */
const CONTRIBUTION_REQUIREMENTS = /\b(coding (standards?|style|conventions|guidelines)|code (style|standards?|conventions)|style ?guides?|commit (messages?|guidelines|conventions|format|requirements)|conventional commits|pull requests? (guidelines|requirements|checklist|process|rules)|merge requests? (guidelines|requirements|checklist)|submission guidelines|submitting (?:a |your )?(?:pull requests?|patch(?:es)?|changes|contributions?)|contribution (requirements|guidelines|standards|checklist)|contributor guidelines|dco|developer certificate|sign[- ]?offs?|code review|acceptance criteria|definition of done|what (a )?good (change|contribution|pull request|patch)s?)\b/i;
/** "Tests" sections state requirements only in a contribution guide. */
const TESTS_HEADING = /\b(tests?|testing)\b/i;
/**
 * A heading that says only "Requirements" (or "System / development requirements") is as often
 * about what a developer must install ("Python 3.10 or newer") as about what a contribution must
 * meet: it counts only when its prose speaks of contributions, changes or pull requests.
 */
const BARE_REQUIREMENTS = /^((system|software|development|developer|environment|build|install(ation)?|runtime|minimum|local) )?(requirements|prerequisites)$/i;
const CONTRIBUTION_WORD = /\b(contribution|contributions|pull requests?|PRs?|patch(es)?|commits?|changes? (must|should|need)|merged?|review(ed|ers?)?|submit\w*)\b/i;
/** "Submitting bug reports and feature requests" (serde's): how to open an issue, not what a code contribution must meet. */
const ISSUE_SUBMISSION = /\b(bug reports?|feature requests?|issues?|questions?|ideas?)\b/i;
const CODE_SUBMISSION = /\b(pull requests?|merge requests?|patch(es)?|code|changes?|commits?|PRs?)\b/i;
/**
 * A sentence of the contribution guide that sets a requirement, whatever its heading, or with none
 * (fmt's guide is a title and "All C++ code must adhere to Google C++ Style Guide"; nlohmann/json's
 * "Before creating a pull request, execute `make pretty`", under "Files to change").
 */
const REQUIREMENT_STATEMENT = /\b(?:(?:code|changes|contributions?|pull requests?|PRs|patch(?:es)?|commits?|submissions?|documentation)\s+(?:must|shall|needs? to|are required to|is required to|ha(?:s|ve) to)\s+(?:adhere|follow|conform|comply|pass|include|contain|meet|be (?:signed|formatted|tested|accompanied|reviewed|rebased|squashed|covered))|before (?:you )?(?:creat|submit|open|send)\w* (?:a |the |your )?(?:pull requests?|PRs?|patch(?:es)?|merge requests?)\b(?=[^.]{0,200}\b(?:make sure|ensure|run|execute|check|verify)\b))/i;
/** "You do not have to follow \u2026", "optional": not a requirement. */
const NOT_REQUIRED = /\b(?:not|never|no need|optional(?:ly)?|don't|do not)\b/i;
/** The first requirement sentence of a contribution guide, in its sections or in text before any heading. */
function requirementStatement(facts) {
    for (const doc of documents_documentsOf(facts.documents, 'contributing')) {
        const hit = statementInDoc(doc, REQUIREMENT_STATEMENT, { reject: NOT_REQUIRED, lead: true });
        if (hit)
            return statementEvidence(hit, 'requirements for acceptable contributions');
    }
    return undefined;
}
function requirementsHeading(h) {
    if (!REQUIREMENTS_HEADING.test(h.text))
        return false;
    if (ISSUE_SUBMISSION.test(h.text) && !CODE_SUBMISSION.test(h.text))
        return false;
    return !BARE_REQUIREMENTS.test(h.text.trim()) || CONTRIBUTION_WORD.test(h.body);
}
function requirementsSection(doc) {
    return sectionIn(doc, requirementsHeading, 60) ?? (doc.role === 'contributing' ? sectionIn(doc, headingIs(TESTS_HEADING), 60) : undefined);
}
const osps_gv_03_02_id = 'OSPS-GV-03.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_gv_03_02_whileActive = true;
function osps_gv_03_02_evaluate(facts) {
    const found = [];
    const section = findSectionWhere(facts, ['contributing'], requirementsHeading, 60) ??
        findSectionWhere(facts, ['contributing'], headingIs(TESTS_HEADING), 60) ??
        findProjectSection(facts, ['docs', 'readme'], headingIs(CONTRIBUTION_REQUIREMENTS), 60);
    if (section)
        found.push(sectionEvidence(section, 'requirements for acceptable contributions'));
    else {
        const stated = requirementStatement(facts);
        if (stated)
            found.push(stated);
    }
    const si = siDocs(facts, ['repository.documentation.contributing-guide'], 'contribution guide', requirementsSection);
    const remediation = 'Extend CONTRIBUTING.md with the requirements a contribution must meet: coding standards and linters, the tests to add and run, commit message and pull request rules, and any DCO sign-off; link it from repository.documentation.contributing-guide.';
    return decideDocs(found, si, 'repository.documentation.contributing-guide', () => missingUnlessElsewhere(facts, 'contributing', 'contribution guide', 'Check that the contribution guide it links states what contributions must meet', 'no section in CONTRIBUTING (or docs/) stating what contributions must meet: coding standards, tests, commit or pull request requirements, sign-off', remediation));
}

;// CONCATENATED MODULE: ./src/rules/osps-gv-04-01.ts



const ROLE = String.raw `(maintainers?|committers?|reviewers?|approvers?|members?|owners?|admins?|administrators?|core team|team members?)`;
const VETTING_HEADING = new RegExp(String.raw `\b(becom\w*|how to become|path to|nominat\w*|promot\w*|elect\w*|select\w*|appoint\w*|onboard\w*|adding( new)?|new)\b.*\b${ROLE}|\b${ROLE}(hip)?\b.*\b(promotion|nominations?|elections?|selection|onboarding|criteria|requirements|process|eligibility|lifecycle|vetting|appointment)\b|\bcontributor ladder\b|\b(access|permissions?|privileges?) (policy|control|review|requests?|grants?|management)\b|\b(granting|escalat\w*|elevat\w*) (access|permissions?|privileges?)\b|\bvetting\b`, 'i');
/**
 * A sentence of the governance saying how contributors are given escalated access, under any
 * heading: nodejs/undici's "Collaborators": "Individuals making significant and valuable
 * contributions are made Collaborators and given commit-access to the project."
 */
const ACCESS_STATEMENT = /\b(?:given|granted|grant(?:s|ing)?|receive[sd]?|gets?|obtain(?:s|ed)?)\b[^.]{0,40}\b(?:commit|write|merge|push|maintainer|admin(?:istrator)?|elevated|escalated)[- ](?:access|rights|permissions?|privileges?|bits?)\b/i;
/** "Contributors do not get commit access" is not a way to get it. */
const NOT_GRANTED = /\b(?:not|never|no one|nobody|cannot|can't|won't)\b/i;
const osps_gv_04_01_id = 'OSPS-GV-04.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_gv_04_01_whileActive = true;
function osps_gv_04_01_evaluate(facts) {
    const found = [];
    const section = findProjectSection(facts, ['governance', 'maintainers', 'contributing', 'security', 'docs', 'readme'], headingIs(VETTING_HEADING), 80);
    if (section)
        found.push(sectionEvidence(section, 'policy for reviewing collaborators before granting escalated permissions'));
    else {
        const stated = findStatementIn(facts, ['governance', 'maintainers', 'contributing'], ACCESS_STATEMENT, { reject: NOT_GRANTED });
        if (stated)
            found.push(statementEvidence(stated, 'says how contributors are given escalated permissions'));
    }
    const si = siDocs(facts, ['repository.documentation.governance'], 'governance document', (doc) => sectionIn(doc, headingIs(VETTING_HEADING), 80));
    const remediation = 'Add a "Becoming a maintainer" section to GOVERNANCE.md stating how a contributor is nominated, reviewed and approved (by whom, on what criteria, including confirming their identity) before getting merge rights, release credentials or secrets.';
    return decideDocs(found, si, 'repository.documentation.governance', () => missingUnlessElsewhere(facts, 'governance', 'governance', 'Check that the governance document it links says how contributors are reviewed before they get escalated permissions', 'no section on becoming a maintainer or committer, or on granting access, in GOVERNANCE, MAINTAINERS, CONTRIBUTING or docs/', remediation));
}

;// CONCATENATED MODULE: ./src/rules/osps-le-01-01.ts


const REQUIRE_DCO = 'Require a Developer Certificate of Origin sign-off on every commit and enforce it with a status check (e.g. the DCO GitHub App with .github/dco.yml, or a workflow that checks Signed-off-by), or require a CLA with a check (CLA Assistant, EasyCLA); say so in CONTRIBUTING.md.';
const osps_le_01_01_id = 'OSPS-LE-01.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_le_01_01_whileActive = true;
function osps_le_01_01_evaluate(facts) {
    const d = facts.dco;
    const docs = d.docMentions.slice(0, 3);
    if (d.claOrDcoCheck.length > 0)
        return pass(capEvidence([...d.claOrDcoCheck, ...(d.dcoFile ? [d.dcoFile] : []), ...docs]));
    if (!d.decidable) {
        const why = d.shallow
            ? `the checkout is shallow (${d.commitsVisible} commit(s) visible), too few to tell whether every commit is signed off; actions/checkout with fetch-depth: 0 would decide it`
            : `commit sign-offs could not be examined: ${d.reason ?? 'no history'}`;
        return unknown(`${why}; no DCO or CLA check is configured in the repository`, REQUIRE_DCO, [...(d.dcoFile ? [d.dcoFile] : []), ...docs]);
    }
    const scope = d.reason ? ` (${d.reason})` : '';
    if (d.signedOff === d.commitsExamined)
        return pass([
            { kind: 'git', detail: `all ${d.commitsExamined} non-merge commit(s) examined carry a Signed-off-by trailer${scope}; ${d.signedOffByAuthor} signed off by their author` },
            ...(d.dcoFile ? [d.dcoFile] : []),
            ...docs,
        ]);
    return fail(capEvidence([
        { kind: 'git', detail: `${d.commitsExamined - d.signedOff} of ${d.commitsExamined} non-merge commit(s) examined have no Signed-off-by trailer${scope}, and no DCO or CLA check is configured` },
        ...d.unsigned,
        ...(d.dcoFile ? [d.dcoFile] : []),
        ...docs,
    ]), REQUIRE_DCO);
}

// EXTERNAL MODULE: ./src/facts/spdx/expression.ts
var expression = __webpack_require__(6349);
;// CONCATENATED MODULE: ./src/rules/helpers/license.ts
// License evidence (OSPS-LE): Security Insights license links and SPDX expressions judged against
// the OSI and FSF lists, and the license shipped with the latest release.


/** A Security Insights license link into the repository whose target is missing: a contradiction. */
function brokenLicenseLink(facts, field) {
    const d = declaration(facts, field, 'license');
    return d.state === 'broken-link' ? d.evidence : null;
}
/** What a Security Insights license expression field says, judged against the OSI and FSF lists. */
function declaredExpression(facts, field) {
    const f = insightsField(facts, field);
    if (!f || typeof f.value !== 'string' || f.value.trim() === '')
        return null;
    const v = (0,expression/* evaluateExpression */.O4)(f.value);
    if (!v)
        return { approved: null, evidence: insightsEvidence(facts, field, `${field} ${JSON.stringify(f.value.slice(0, 100))} is not an SPDX license expression`) };
    if (v.approved) {
        const by = [v.osiApproved ? 'OSI-approved' : '', v.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
        return { approved: true, evidence: insightsEvidence(facts, field, `${field} declares ${v.expression}; ${by}`) };
    }
    const unk = v.unknownIds.length > 0 ? ` (not on the SPDX License List: ${v.unknownIds.join(', ')})` : '';
    return { approved: false, evidence: insightsEvidence(facts, field, `${field} declares ${v.expression}, neither OSI-approved nor FSF free${unk}`) };
}
const ADD_LICENSE = 'Add a LICENSE (or COPYING) file at the repository root with the full text of an OSI-approved license such as Apache-2.0 or MIT.';
/** The newest published release's license asset, when the API was read. */
function releaseLicenseAsset(facts) {
    const rel = facts.github.releases;
    if (rel.state !== 'ok')
        return null;
    const latest = rel.data.releases.find((r) => !r.draft);
    const asset = latest?.assets.find((a) => a.kinds.includes('license'));
    if (!latest || !asset)
        return null;
    return { kind: 'api', url: asset.browserDownloadUrl, detail: `release ${latest.tagName} ships a license file alongside its assets: ${asset.name}` };
}
const SOURCE_ARCHIVES = 'the source archives GitHub builds for each release tag contain the repository tree at that tag';

;// CONCATENATED MODULE: ./src/rules/osps-le-02-01.ts




const osps_le_02_01_id = 'OSPS-LE-02.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_le_02_01_whileActive = true;
function osps_le_02_01_evaluate(facts) {
    const root = facts.license.files.filter((f) => f.atRoot);
    if (root.length === 0)
        return fail([{ kind: 'note', detail: 'no license file at the root to identify' }], ADD_LICENSE);
    const approved = [];
    const refused = [];
    const unclear = [];
    for (const f of root) {
        const m = f.match;
        if (f.reserved) {
            refused.push(fileEvidence(f.path, `reserves all rights ("${f.reserved.text}") and grants no permission to use, change or share the code: not an open source license`, f.reserved.line));
            continue;
        }
        if (!m || !m.spdxId) {
            unclear.push(fileEvidence(f.path, f.unreadable ? `license file cannot be read (${f.unreadable})` : `license text not identified${m?.reason ? ` (${m.reason})` : ''}`, 1));
            continue;
        }
        const how = m.method === 'spdx-identifier' ? 'by its SPDX-License-Identifier' : `by its text, ${Math.round(m.confidence * 100)}% similar`;
        const alt = m.alternatives.length > 0 ? ` (text identical to ${m.alternatives.join(', ')})` : '';
        if (m.approved) {
            const by = [m.osiApproved ? 'OSI-approved' : '', m.fsfLibre ? 'FSF free' : ''].filter(Boolean).join(', ');
            approved.push(fileEvidence(f.path, `identified as ${m.spdxId}${alt} ${how}; ${by}`, 1));
        }
        else {
            refused.push(fileEvidence(f.path, `identified as ${m.spdxId}${alt} ${how}; neither OSI-approved nor FSF free`, 1));
        }
    }
    const declared = declaredExpression(facts, 'repository.license.expression');
    if (refused.length > 0)
        return fail([...refused, ...approved, ...unclear, ...(declared ? [declared.evidence] : [])], 'License the source code under an OSI-approved or FSF free license (for example Apache-2.0 or MIT, with its full text in LICENSE); the license file found is neither.');
    if (declared?.approved === false)
        return fail([declared.evidence, ...approved, ...unclear], `Make repository.license.expression in ${insightsFile(facts)} name the license of the LICENSE file, and license the source under an OSI-approved or FSF free license.`);
    if (approved.length > 0)
        return pass([...approved, ...unclear, ...(declared ? [declared.evidence] : [])]);
    if (declared?.approved === true)
        return attested([declared.evidence, ...unclear], 'The license text could not be identified; use the unmodified text of the declared license, or add "SPDX-License-Identifier: <id>" to the license file.');
    return unknown('the license text could not be matched to a known SPDX license', 'Use the unmodified text of a standard license, or add a line "SPDX-License-Identifier: <id>" to the license file.', unclear);
}

;// CONCATENATED MODULE: ./src/rules/osps-le-02-02.ts





const osps_le_02_02_id = 'OSPS-LE-02.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_le_02_02_whileActive = true;
function osps_le_02_02_evaluate(facts) {
    const declared = declaredExpression(facts, 'repository.release.license.expression');
    const asset = releaseLicenseAsset(facts);
    if (declared?.approved === false)
        return fail([declared.evidence], 'License the released assets under an OSI-approved or FSF free license, and declare it in repository.release.license.expression.');
    if (declared?.approved === true)
        return pass([declared.evidence, ...(asset ? [asset] : [])]);
    const root = facts.license.files.filter((f) => f.atRoot);
    const refused = root.filter((f) => f.match?.spdxId && !f.match.approved);
    const approved = root.filter((f) => f.match?.spdxId && f.match.approved);
    const remediation = `License released assets under an OSI-approved or FSF free license: keep an approved LICENSE at the root (it ships in the source archives of every release) and, when binaries carry a different license, declare it in repository.release.license of ${insightsFile(facts)}.`;
    if (refused.length > 0)
        return fail(refused.map((f) => fileEvidence(f.path, `the source license, ${f.match?.spdxId}, which releases carry unless another is declared, is neither OSI-approved nor FSF free`, 1)), remediation);
    if (approved.length > 0) {
        const evidence = approved.map((f) => fileEvidence(f.path, `released assets carry the source license ${f.match?.spdxId} (approved): no different license is declared for them (repository.release.license is absent), and ${SOURCE_ARCHIVES}`, 1));
        if (asset)
            evidence.push(asset);
        if (declared)
            evidence.push(declared.evidence);
        return pass(evidence);
    }
    if (root.length > 0)
        return unknown('the source license text could not be identified, and no license is declared for released assets (repository.release.license)', remediation, root.map((f) => fileEvidence(f.path, 'license text not identified', 1)));
    return releaseGate(facts, 'no license for released assets: no LICENSE at the root and no repository.release.license in Security Insights', remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-le-03-01.ts




const osps_le_03_01_id = 'OSPS-LE-03.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_le_03_01_whileActive = true;
function osps_le_03_01_evaluate(facts) {
    const root = facts.license.files.filter((f) => f.atRoot);
    const broken = brokenLicenseLink(facts, 'repository.license.url');
    if (root.length > 0) {
        const evidence = root.map((f) => fileEvidence(f.path, 'license file at the repository root', 1));
        if (broken)
            return fail([broken, ...evidence], 'Fix repository.license.url in the Security Insights file: point it at the license file in the repository (e.g. the URL of LICENSE on the default branch).');
        const d = declaration(facts, 'repository.license.url', 'license');
        if (d.state === 'in-repo')
            evidence.push(d.evidence);
        return pass(evidence);
    }
    const elsewhere = facts.license.files.filter((f) => !f.atRoot);
    if (elsewhere.length > 0)
        return fail(elsewhere.map((f) => fileEvidence(f.path, 'license file found, but not at the repository root', 1)), 'Move or copy the license to LICENSE (or COPYING, or a LICENSE/ directory) at the repository root.');
    return fail([{ kind: 'note', detail: 'no LICENSE, COPYING or LICENSE/ directory at the repository root' }], ADD_LICENSE);
}

;// CONCATENATED MODULE: ./src/rules/osps-le-03-02.ts





const osps_le_03_02_id = 'OSPS-LE-03.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_le_03_02_whileActive = true;
function osps_le_03_02_evaluate(facts) {
    const broken = brokenLicenseLink(facts, 'repository.release.license.url');
    if (broken)
        return fail([broken], 'Fix repository.release.license.url in the Security Insights file: point it at the license shipped with the releases (a file that exists, or the release page).');
    const found = [];
    const asset = releaseLicenseAsset(facts);
    if (asset)
        found.push(asset);
    const root = facts.license.files.filter((f) => f.atRoot);
    for (const f of root.slice(0, 3))
        found.push(fileEvidence(f.path, `license file at the root of the checked-out tree; ${SOURCE_ARCHIVES}, so releases cut from this tree include it`, 1));
    const d = declaration(facts, 'repository.release.license.url', 'license of released assets');
    if (d.state === 'in-repo')
        found.push(d.evidence);
    if (found.length > 0)
        return pass(found);
    if (d.state === 'declared')
        return attested([d.evidence], 'Keep a LICENSE file at the repository root so every release\'s source archive contains it.');
    const unread = forgeUnread(facts, 'no license file at the root of the tree (so release source archives carry none)', 'a license file uploaded with a release', 'Add a LICENSE file at the repository root (it then ships in every release\'s source archive), and attach it to releases that publish binaries.');
    if (unread && releaseState(facts).state === 'released')
        return unread;
    return releaseGate(facts, 'no license file at the root of the tree (so release source archives carry none) and no license file among the latest release\'s assets', 'Add a LICENSE file at the repository root (it then ships in every release\'s source archive), and attach it to releases that publish binaries.');
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-01-01.ts



const osps_qa_01_01_id = 'OSPS-QA-01.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_qa_01_01_whileActive = true;
function osps_qa_01_01_evaluate(facts) {
    const { outcome, evidence } = publicRepo(facts, 'its source code');
    if (outcome) {
        const url = insightsField(facts, 'repository.url');
        if (outcome.status === 'unknown' && url && typeof url.value === 'string')
            outcome.evidence.unshift(insightsEvidence(facts, 'repository.url', `the project declares its repository at ${url.value}`));
        return outcome;
    }
    return pass(evidence);
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-01-02.ts


const osps_qa_01_02_id = 'OSPS-QA-01.02';
function osps_qa_01_02_evaluate(facts) {
    const { outcome, evidence } = publicRepo(facts, 'its history of changes');
    if (outcome)
        return outcome;
    const git = facts.git.commit
        ? [{ kind: 'git', detail: `git history with author and date per commit; checked-out commit ${facts.git.commit}${facts.git.shallow ? ' (shallow checkout; the full history is on GitHub)' : ''}` }]
        : [{ kind: 'note', detail: 'the public repository is a git repository: every commit records its author, committer and date' }];
    return pass([...evidence, ...git]);
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-02-01.ts




const osps_qa_02_01_id = 'OSPS-QA-02.01';
function osps_qa_02_01_evaluate(facts) {
    const eco = facts.dependencies.ecosystems.filter((e) => e.manifests.length > 0);
    if (eco.length > 0)
        return pass(capEvidence(eco.flatMap((e) => shallowestFirst(e.manifests).slice(0, 3).map((m) => fileEvidence(m, `${e.name} dependency list`, 1)))));
    const langs = codeLanguages(facts).filter((l) => l.packageManager);
    const none = insightsField(facts, 'repository.no-third-party-packages');
    if (langs.length > 0) {
        if (none?.value === true)
            return attested([insightsEvidence(facts, 'repository.no-third-party-packages', 'the project declares it uses no third-party packages')]);
        return fail(langs.map((l) => fileEvidence(l.example, `${l.files} ${l.name} file(s) but no dependency manifest`)), `Add the ecosystem's dependency manifest listing the direct dependencies (${langs.map((l) => MANIFEST_HINT[l.name] ?? 'its manifest').join(', ')}).`);
    }
    const other = codeLanguages(facts);
    return notApplicable(other.length > 0
        ? `no dependency manifest, and the code (${other.map((l) => l.name).join(', ')}) has no standard package manager with a dependency list`
        : 'no source code in a language with a package manager, and no dependency manifest');
}
const MANIFEST_HINT = {
    'JavaScript/TypeScript': 'package.json',
    Python: 'pyproject.toml or requirements.txt',
    Go: 'go.mod',
    Rust: 'Cargo.toml',
    'Java/Kotlin/Scala': 'pom.xml or build.gradle',
    Ruby: 'Gemfile',
    PHP: 'composer.json',
    'C#/F#': 'a .csproj with PackageReference',
    Swift: 'Package.swift',
    Dart: 'pubspec.yaml',
    Elixir: 'mix.exs',
};

;// CONCATENATED MODULE: ./src/rules/osps-qa-02-02.ts




function sbomAttestation(facts) {
    const att = insightsField(facts, 'repository.release.attestations');
    if (!att || !Array.isArray(att.value))
        return null;
    for (let i = 0; i < att.value.length; i++) {
        const a = att.value[i];
        const text = a && typeof a === 'object' ? `${String(a.name ?? '')} ${String(a['predicate-uri'] ?? '')} ${String(a.location ?? '')}` : '';
        if (/sbom|spdx|cyclonedx/i.test(text))
            return insightsEvidence(facts, `repository.release.attestations[${i}]`, `SBOM attestation declared: ${String(a?.name ?? '')}`);
    }
    return null;
}
const osps_qa_02_02_id = 'OSPS-QA-02.02';
function osps_qa_02_02_evaluate(facts) {
    const rs = releaseState(facts);
    if (rs.state === 'none')
        return notApplicable('the project has made no release', [rs.evidence]);
    const latest = officialLatest(facts);
    const evidence = [];
    if (latest) {
        const sboms = latest.assets.filter((a) => a.kinds.includes('sbom'));
        if (sboms.length > 0)
            return pass(sboms.slice(0, 10).map((a) => ({ kind: 'api', url: a.browserDownloadUrl, detail: `release ${latest.tagName} carries SBOM ${a.name}` })));
        evidence.push({ kind: 'api', url: latest.htmlUrl, detail: `release ${latest.tagName}: ${latest.assets.length} asset(s), none an SBOM` });
    }
    const hits = facts.workflows.detectors.sbom.hits.filter((h) => h.qualifies);
    if (hits.length > 0)
        return pass(capEvidence([...hits.map((h) => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `generates an SBOM: ${h.tool} in ${h.workflow}, runs on ${h.triggers.join(', ')}` })), ...evidence]));
    const declared = sbomAttestation(facts);
    if (declared)
        return attested([declared, ...evidence]);
    const points = insightsField(facts, 'repository.release.distribution-points');
    const hasPoints = points !== undefined && Array.isArray(points.value) && points.value.length > 0;
    if (latest && latest.assets.length === 0 && !hasPoints)
        return notApplicable('the latest release uploads no compiled assets (only GitHub\'s source archives) and no other distribution point is declared', evidence);
    if (rs.state === 'unknown')
        return unknown(rs.reason, 'Run with a GitHub token (contents: read) so releases can be read.', evidence);
    const unread = forgeUnread(facts, 'no SBOM generation in a release workflow and no SBOM attestation in Security Insights', 'an SBOM uploaded with a release', 'Generate an SBOM at build time in the release workflow (e.g. anchore/sbom-action or syft, SPDX or CycloneDX) and attach it to each release.', evidence);
    if (unread)
        return unread;
    return fail(evidence.length > 0 ? evidence : [{ kind: 'note', detail: 'no SBOM asset on releases, no SBOM generation in a release workflow, no SBOM attestation in Security Insights' }], 'Generate an SBOM at build time in the release workflow (e.g. anchore/sbom-action or syft, SPDX or CycloneDX) and attach it to each release.');
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-03-01.ts

const osps_qa_03_01_id = 'OSPS-QA-03.01';
function osps_qa_03_01_evaluate(facts) {
    return branchFact(facts, facts.github.branchProtection.statusChecksRequired, {
        yes: 'status checks must pass before merging',
        no: 'no status check is required before merging',
        question: 'whether status checks are required on the default branch',
        remediation: 'Add a branch ruleset on the default branch with "Require status checks to pass" and select the CI checks (tests, lint) that must pass.',
    });
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-04-01.ts




const osps_qa_04_01_id = 'OSPS-QA-04.01';
function osps_qa_04_01_evaluate(facts) {
    const r = projectRepositories(facts);
    if (r.kind === 'multi')
        return pass(capEvidence([{ kind: 'note', detail: `${r.count} codebases listed in project.repositories` }, ...r.evidence]));
    if (r.kind === 'single')
        return notApplicable('single-repository project', [r.evidence]);
    return unknown(`whether the project has more than one repository could not be told: ${r.why}`, `List every repository of the project in ${insightsFile(facts)} under project.repositories (name, url, comment); a single-repository project lists just this one.`, r.evidence);
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-04-02.ts





const osps_qa_04_02_id = 'OSPS-QA-04.02';
function osps_qa_04_02_evaluate(facts) {
    const r = projectRepositories(facts);
    if (r.kind === 'single')
        return notApplicable('single-repository project', [r.evidence]);
    const rs = releaseState(facts);
    if (rs.state === 'none')
        return notApplicable('the project has made no release', [rs.evidence]);
    if (r.kind === 'multi')
        return unknown(`the project lists ${r.count} repositories; whether each enforces requirements as strict as this one can only be told by evaluating each of them`, 'Run this action in every repository listed in project.repositories at the same level, and link each result from its security-insights.yml.', capEvidence(r.evidence));
    return unknown(`whether the release comprises several repositories could not be told: ${r.why}`, `List every repository of the project in ${insightsFile(facts)} under project.repositories; a single-repository project lists just this one.`, r.evidence);
}

;// CONCATENATED MODULE: ./src/rules/helpers/artifacts.ts


/**
 * Fails on each file found, passes when none; `apart` are files shown but not counted (binary test
 * data), named so that a person can check the call.
 */
function verdict(found, facts, none, remediation, apart = []) {
    const shown = [];
    if (apart.length > 0) {
        const sample = apart.slice(0, 3).map((f) => `${f.path} (${f.what})`).join(', ');
        shown.push({ kind: 'note', detail: `${apart.length} binary file(s) in test-data folders are inputs of the tests and not counted: ${sample}${apart.length > 3 ? ', \u2026' : ''}` });
    }
    if (found.length === 0)
        return pass([{ kind: 'note', detail: `${none}: ${facts.artifacts.inspected} of ${facts.files.length} files inspected by content (the rest are text by extension)` }, ...shown]);
    return fail(capEvidence([...found.map((f) => fileEvidence(f.path, f.what)), ...shown]), remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-05-01.ts

const osps_qa_05_01_id = 'OSPS-QA-05.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_qa_05_01_whileActive = true;
function osps_qa_05_01_evaluate(facts) {
    return verdict(facts.artifacts.executables, facts, 'no generated executables', 'Remove compiled executables, libraries and bytecode from the repository; build them in CI and publish them as release assets.');
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-05-02.ts

const osps_qa_05_02_id = 'OSPS-QA-05.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_qa_05_02_whileActive = true;
function osps_qa_05_02_evaluate(facts) {
    return verdict(facts.artifacts.binaries, facts, 'no unreviewable binaries', 'Remove archives and opaque binary files from the repository, or replace them with the sources and a script that produces them.', facts.artifacts.testData);
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-06-01.ts


const osps_qa_06_01_id = 'OSPS-QA-06.01';
function osps_qa_06_01_evaluate(facts) {
    const d = facts.workflows.detectors.tests;
    const ev = (h) => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `runs tests: ${h.tool} (${h.text}) in ${h.workflow} on ${h.triggers.join(', ')}` });
    const good = d.hits.filter((h) => h.qualifies);
    if (good.length > 0)
        return pass(capEvidence(good.map(ev)));
    const remediation = 'Add a workflow that runs the test suite `on: pull_request` (and merge_group if you use a merge queue), and make it a required status check.';
    if (d.hits.length > 0)
        return fail(capEvidence([{ kind: 'note', detail: `tests run in CI, but not on pull requests (needs ${d.requires})` }, ...d.hits.map(ev)]), remediation);
    if (facts.workflows.workflows.length === 0) {
        const other = facts.files.filter((f) => /^(\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|Jenkinsfile|\.travis\.ya?ml|azure-pipelines\.ya?ml)$/.test(f.path));
        if (other.length > 0)
            return unknown(`no GitHub Actions workflows; the CI configuration of another system (${other.map((f) => f.path).join(', ')}) is not analysed`, remediation);
    }
    return fail([{ kind: 'note', detail: `${facts.workflows.workflows.length} workflow(s) analysed; none runs a recognised test command` }], remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-06-02.ts



const TESTING_HEADING = /\btest(s|ing)?\b|\btest suite\b/i;
const TEST_COMMAND = /\b(npm|pnpm|yarn|bun) (run )?test\b|\bgo test\b|\bcargo (test|nextest)\b|\bpytest\b|\btox\b|\bnox\b|\bmake ([\w-]{0,30}test[\w-]{0,30}|check)\b|\bmvn (test|verify)\b|\bgradlew? (test|check)\b|\bctest\b|\bdotnet test\b|\brspec\b|\bphpunit\b|\bvitest\b|\bjest\b|\bmocha\b|\bunittest\b|\bbats\b|\bct (lint|install)\b|\bhelm (unittest|test)\b|\b(swift|dart|flutter|mix|stack|cabal|sbt|lein|deno|bazel|bazelisk|meson|zig build) test\b|\brake (test|spec)\b/i;
const osps_qa_06_02_RUNNING_TESTS = /\b(run|runs|ran|running|execute|executes|executing)\b[^.]{0,60}\b(tests?|test suite)\b|\b(tests?|test suite)\b[^.]{0,40}\b(are run|run|runs|execute)\b/i;
/** A document path that names the project's own test suite. */
const PROJECT_TESTS_DOC = /(?:^|\/)(?:tests?|testing)\/|(?:^|\/|[-_])(?:run[-_]?tests|test[-_]?suite|running[-_]tests)[^/]*$/i;
/** Whether a section may speak about the project's own tests: any but a product document's, which must say it does. */
function aboutProjectTests(h, doc) {
    return doc.kind === 'project' || projectSection(doc, h) || PROJECT_TESTS_DOC.test(doc.path);
}
function saysHowTestsRun(h) {
    return osps_qa_06_02_RUNNING_TESTS.test(h.text) || TEST_COMMAND.test(h.code) || TEST_COMMAND.test(h.body) || osps_qa_06_02_RUNNING_TESTS.test(h.body);
}
const osps_qa_06_02_id = 'OSPS-QA-06.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_qa_06_02_whileActive = true;
function osps_qa_06_02_evaluate(facts) {
    const hit = findSectionWhere(facts, ['contributing', 'docs', 'readme'], (h, doc) => TESTING_HEADING.test(h.text) && (h.sectionChars >= 20 || h.code !== '') && saysHowTestsRun(h) && aboutProjectTests(h, doc), 0);
    if (hit)
        return pass([sectionEvidence(hit, 'documents how tests are run')]);
    // A contribution guide may give the commands under another heading ("What to do before submitting a pull request").
    const given = findSectionWhere(facts, ['contributing'], (h) => TEST_COMMAND.test(h.code) || (TEST_COMMAND.test(h.body) && osps_qa_06_02_RUNNING_TESTS.test(h.body)), 0);
    if (given)
        return pass([sectionEvidence(given, 'documents how tests are run')]);
    const vague = findSectionWhere(facts, ['contributing', 'docs', 'readme'], (h, doc) => TESTING_HEADING.test(h.text) && aboutProjectTests(h, doc), 60);
    return fail(vague
        ? [sectionEvidence(vague, 'a section about testing, but it gives no test command and does not say when or how the tests run')]
        : [{ kind: 'note', detail: 'no section about running tests in CONTRIBUTING, docs/ or README' }], sectionAdvice(RUNNING_TESTS, 'giving the command to run the tests locally, and which tests CI runs on each pull request'));
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-06-03.ts
// OSPS-QA-06.03: A policy that major changes add or update tests.
// A heading that states the policy (Writing tests, Adding tests, Test requirements, Testing
// policy/guidelines/expectations) in CONTRIBUTING or docs/ passes, unless its prose says tests are
// optional; a pull request template with a section about tests passes too (it asks every change for
// them). Section prose is read as well: a sentence that says changes must add, include or update
// tests ("changes must include tests", "add or update tests", "PRs without tests will not be
// merged", "- [ ] I have added tests") passes, in any section of CONTRIBUTING or the pull request
// template, and in sections of docs/ or governance about contributing, testing or review. "Tests
// are optional", "you must run the tests" or "see the tests folder" are not such a policy. A plain
// "Testing" section whose prose states none is unknown, for a person to read.





const TEST_POLICY_HEADING = /\b(writ\w*|add\w*|new|updat\w*|requir\w*)\b.{0,20}\btests?\b|\btest(s|ing)?\b.{0,20}\b(polic\w*|requirements?|guidelines?|expectations?|coverage|conventions?|standards?)\b/i;
/**
 * Where a softening is about the policy: adding or writing tests, or tests themselves being optional
 * or required. "Run all tests that do not require root privileges" (containerd) softens nothing.
 */
const osps_qa_06_03_TEST_WORD = /\b(?:add|adding|write|writing|include|including|provide|update|updating)\b(?:\s+\S+){0,4}?\s+tests?\b|\btests?\s+(?:are|is)\s+(?:optional|not|welcome|appreciated|encouraged)\b|\btest (?:cases?|coverage)\b/i;
/** Words that may stand between "add" and "tests": "add new unit tests", "include appropriate tests". */
const TEST_GAP = String.raw `(?:\s+(?:at\s+least\s+one|a|an|the|new|unit|integration|regression|automated|appropriate|relevant|corresponding|matching|sufficient|adequate|e2e|end-to-end|some|more|any|their|its|own|your|or|and|and/or|updated|additional|accompanying|meaningful|good|proper|[\w-]+-level)){0,4}\s+tests?\b(?!\s+(?:pass|passing|green|succeed|run|to pass|folder|directory|dir)\b)`;
const TEST_POLICY_STATEMENT = new RegExp([
    // "changes must include tests", "PRs should come with unit tests", "must be covered by tests"
    String.raw `\b(?:must|shall|should|(?:are|is) (?:required|expected) to|needs? to|ha(?:ve|s) to|required to|expected to)\b.{0,80}?\b(?:add|include|update|write|provide|contain|come with|be accompanied by|be covered by|have|extend)${TEST_GAP}`,
    // "Tests are required for all changes"
    String.raw `\btests?\b.{0,30}\b(?:are|is)\s+(?:required|mandatory|expected|needed|a must)\b`,
    // "New features require tests", "bug fixes need a regression test"
    String.raw `\b(?:require|requires|need|needs)${TEST_GAP}`,
    // "add or update tests"
    String.raw `\b(?:add|write|include)\s*(?:or|and|/|and/or)\s*(?:update|modify|extend|add|adjust)${TEST_GAP}`,
    // "PRs without tests will not be merged"
    String.raw `\b(?:without|lacking|missing)(?:\s+\w+){0,2}\s+tests?\b.{0,60}\b(?:(?:not|won't|cannot|can't)\s+(?:be\s+)?(?:merged|accepted|approved|reviewed)|rejected|declined)`,
    // an instruction to contributors: "Write tests.", "1. Include tests for any bug fixes", "Make
    // your change, add tests, and make sure the tests still pass" (actions/checkout), "If you add
    // or change a feature, please also add a unit test" (nlohmann/json)
    String.raw `(?:^\s*(?:\d{1,3}[.)]\s*|[-*]\s+)?(?:please\s+)?|,\s*(?:and\s+)?(?:please\s+)?)(?:also\s+)?(?:add|include|write)${TEST_GAP}`,
    // "don't forget to add your own tests and documentation" (phoenix)
    String.raw `\b(?:don[\u2019']t|do not) forget to (?:add|include|write|update)${TEST_GAP}`,
    // a pull request template's checklist: "I have added tests that prove my fix is effective"
    String.raw `\b(?:i have|i've|have you)\s+(?:\w+\s+){0,2}(?:added|updated|written|included|extended)\b${TEST_GAP.replace('{0,4}', '{0,6}')}`,
].join('|'), 'i');
const TEST_POLICY_NOT = /\boptional\b|\bnot (?:required|necessary|mandatory|needed|expected)\b|\b(?:\w+n[\u2019']t|do not|does not|need not|is not|are not)\s+(?:\w+\s+){0,2}(?:need|have to|require\w*|necessary|expected|mandatory)|\bno need\b|\bencourag\w*|\bwelcome\b|\bappreciat\w*|\bnice to have\b|\bif (?:possible|you (?:can|like|want|wish))\b|\bideally\b|\bat your discretion\b/i;
/** A pull request template's checklist item that the change has tests: "[ ] Unit tests for the changes exist" (pydantic). */
const TEMPLATE_TEST_ITEM = /^(?:[\w-]+\s+){0,2}tests?\b(?:\s+[\w-]+){0,5}\s+(?:exist|(?:are|were|have been)\s+(?:added|included|updated|written))\b/i;
/** In docs/ and governance, only sections about contributing, testing or review state the policy. */
const TEST_POLICY_SECTION = /contribut|\btest|pull requests?|\bpatch|\breview|development|guidelines?|submitting|changes/i;
const osps_qa_06_03_id = 'OSPS-QA-06.03';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_qa_06_03_whileActive = true;
function osps_qa_06_03_evaluate(facts) {
    // A policy is the project's: a user guide's "Test Coverage" tells users how to measure theirs.
    const headed = findProjectSection(facts, ['contributing', 'docs', 'governance'], headingIs(TEST_POLICY_HEADING), 40);
    const statedIn = (h) => statementIn(h.body, TEST_POLICY_STATEMENT, TEST_POLICY_NOT);
    if (headed && (statedIn(headed.heading) || !negatedIn(headed.heading.body, osps_qa_06_03_TEST_WORD, TEST_POLICY_NOT)))
        return pass([sectionEvidence(headed, 'states what tests changes must add or update')]);
    const stated = findStatementIn(facts, ['contributing', 'pull-request-template'], TEST_POLICY_STATEMENT, { reject: TEST_POLICY_NOT }) ??
        findStatementIn(facts, ['governance', 'docs'], TEST_POLICY_STATEMENT, { reject: TEST_POLICY_NOT, heading: TEST_POLICY_SECTION });
    if (stated)
        return pass([statementEvidence(stated, 'states that changes must add or update tests')]);
    for (const tpl of documents_documentsOf(facts.documents, 'pull-request-template')) {
        const item = statementInDoc(tpl, TEMPLATE_TEST_ITEM, { reject: TEST_POLICY_NOT, lead: true });
        if (item)
            return pass([statementEvidence(item, 'the pull request template asks every change for tests')]);
        const h = tpl.outline?.headings.find((x) => /\btest(s|ing|ed)?\b/i.test(x.text) && !negatedIn(x.body, osps_qa_06_03_TEST_WORD, TEST_POLICY_NOT));
        if (h)
            return pass([fileEvidence(tpl.path, `the pull request template asks about tests: section "${h.text}"`, h.line)]);
    }
    const remediation = 'Add a "Tests" policy to CONTRIBUTING.md: every change that adds or changes behaviour must add or update automated tests, and say what counts as a major change; a pull request template with a "Tests" checklist helps.';
    const plain = headed ?? findProjectSection(facts, ['contributing', 'docs'], headingIs(/\btest(s|ing)?\b/i), 40);
    if (plain) {
        const softened = negatedIn(plain.heading.body, osps_qa_06_03_TEST_WORD, TEST_POLICY_NOT);
        return unknown(softened
            ? 'a section about testing says tests are optional or not required, so it states no policy that changes add or update tests'
            : 'a section about testing exists, but neither its heading nor its prose says that changes must add or update tests', remediation, [sectionEvidence(plain, 'testing section')]);
    }
    return fail([{ kind: 'note', detail: 'no policy on adding tests in CONTRIBUTING, docs/ or the pull request template' }], remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-qa-07-01.ts




const osps_qa_07_01_id = 'OSPS-QA-07.01';
function osps_qa_07_01_evaluate(facts) {
    const bp = facts.github.branchProtection;
    const remediation = 'Add a branch ruleset on the default branch with "Require a pull request before merging" and "Required approvals" set to 1 or more.';
    const pr = branchFact(facts, bp.pullRequestRequired, {
        yes: 'a pull request is required',
        no: 'no pull request is required, so changes can merge without review',
        question: 'whether approvals are required on the default branch',
        remediation,
    });
    if (pr.status !== 'pass') {
        const policy = insightsField(facts, 'repository.documentation.review-policy');
        if (pr.status === 'unknown' && policy && typeof policy.value === 'string')
            pr.evidence.unshift(insightsEvidence(facts, 'repository.documentation.review-policy', `the project documents its review policy at ${policy.value}`));
        return pr;
    }
    const n = bp.requiredApprovals;
    if (n.value === null)
        return unknown(apiUnknownDetail({ reason: n.note ?? 'no answer' }, 'the number of required approvals'), remediation, pr.evidence);
    const ev = n.sources.map((s) => apiEvidence(facts, s, `${n.value} approving review(s) required${n.note ? ` (${n.note})` : ''}`));
    if (n.value >= 1)
        return pass([...ev, ...pr.evidence]);
    return fail([...ev, ...pr.evidence], remediation);
}

;// CONCATENATED MODULE: ./src/rules/helpers/assessment.ts
// Security assessment documents (OSPS-SA): sections and documents found by name under docs/, files
// that look like assessments but are not read, and third-party assessments declared in Security
// Insights.



/** Sections in documents of the given roles whose heading matches, every hit (not only the first). */
function sectionsIn(facts, roles, heading, minChars = 80) {
    const hits = [];
    for (const role of roles) {
        for (const doc of documents_documentsOf(facts.documents, role)) {
            for (const h of doc.outline?.headings ?? []) {
                if (heading.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars))
                    hits.push({ doc, heading: h });
            }
        }
    }
    return hits;
}
/** Documents under docs/ whose path names the topic and that have enough prose to say something. */
function docsNamed(facts, path) {
    return documents_documentsOf(facts.documents, 'docs').filter((d) => path.test(d.path) && substantive(d, 200));
}
/** Files in the tree by name that no fact module reads (their content is unknown here). */
function unreadNamed(facts, name) {
    return facts.files.filter((f) => f.kind !== 'submodule' && name.test(f.path) && !facts.documents.byPath[f.path]).map((f) => f.path);
}
const SI_THIRD = 'repository.security.assessments.third-party';
/** Evidence of `repository.security.assessments.third-party` entries: in-repo files that exist, and external links. */
function thirdParty(facts) {
    const out = { inRepo: [], external: [], broken: [] };
    const f = insightsField(facts, SI_THIRD);
    if (!f || !Array.isArray(f.value))
        return out;
    f.value.forEach((entry, i) => {
        if (entry === null || typeof entry !== 'object')
            return;
        const e = entry;
        const field = `${SI_THIRD}[${i}]`;
        const name = typeof e.name === 'string' ? ` ${JSON.stringify(e.name.slice(0, 80))}` : '';
        const link = typeof e.evidence === 'string' ? e.evidence.trim() : '';
        if (!link)
            return; // a comment alone is a bare "yes"
        const p = inRepoPath(facts, link);
        if (p === 'missing')
            out.broken.push(insightsEvidence(facts, `${field}.evidence`, `third-party assessment${name}: evidence links to a file that is not in the repository`));
        else if (p)
            out.inRepo.push(insightsEvidence(facts, `${field}.evidence`, `third-party assessment${name}: report committed at ${p}`));
        else
            out.external.push({ ...insightsEvidence(facts, `${field}.evidence`, `third-party assessment${name}: report published at ${link.slice(0, 200)}`), url: link });
    });
    return out;
}
function dedupe(items) {
    const seen = new Set();
    return items.filter((e) => {
        const k = `${e.path}:${e.line}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/rules/osps-sa-01-01.ts
// OSPS-SA-01.01: Design documentation of the system's actors and actions.
// A self-assessment whose Actors and Actions sections are filled, an architecture or design
// document under docs/, an Architecture/Design section in docs/, the README or CONTRIBUTING (not
// design goals, principles or a tutorial on a design pattern, which name no actor), or Security
// Insights `project.documentation.design` linking into the repository (a link elsewhere is attested).
// A design file found by name whose content is not read is unknown. Applies once the project has
// made a release: evidence found passes whatever the release state; without evidence the release
// state decides between fail, not-applicable and unknown (releaseGated, helpers/release.ts).







const DESIGN_HEADING = /\b(architecture|design( overview| documentation)?|how (it|\w+) works|system overview|components|internals|actors|data ?flow|sequence diagrams?)\b/i;
/** A heading about how the components are versioned, released or installed is not about the system's design (falcosecurity/falco's "Falco Components Versioning"). */
const NOT_DESIGN = /\b(?:versioning|versions?|releases?|releasing|installation|installing|upgrad\w*|changelog)\b/i;
/**
 * Goals, principles and patterns name no actor or action: nlohmann/json's "Design goals" ("Intuitive syntax", "Trivial integration",
 * "Speed"), and a tutorial on a pattern is a user guide (jackson-databind's "Tutorial: Builder design pattern + Jackson"). Said of a
 * heading or of a page's file name (docs/home/design_goals.md).
 */
const NOT_ACTORS = /\b(?:goals?|principles|philosophy|design patterns?|tutorials?)\b/i;
/**
 * Words that make "components" the object of something else ("Limitation on Dependencies by Core Components",
 * jackson-databind's): the design counts only where the components are the heading's subject ("Core components").
 */
const PREPOSITIONS = new Set(['on', 'by', 'for', 'of', 'to', 'with', 'from', 'in', 'into', 'across', 'between', 'among', 'about']);
/** A heading about the system's design: a design word other than "components", or "components" that no preposition governs. */
function designHeading(text) {
    if (NOT_DESIGN.test(text) || NOT_ACTORS.test(text))
        return false;
    if (DESIGN_HEADING.test(text.replace(/\bcomponents\b/gi, '')))
        return true;
    const words = text.toLowerCase().slice(0, 200).match(/[a-z]+/g) ?? [];
    const at = words.indexOf('components');
    return at >= 0 && !words.slice(0, at).some((w) => PREPOSITIONS.has(w));
}
/** A page whose file name says it holds goals or principles (design_goals.md), not the actors and actions. */
const notActorsPage = (path) => NOT_ACTORS.test(path.slice(path.lastIndexOf('/') + 1).replace(/[-_.]/g, ' '));
const DESIGN_PATH = /(^|\/)(architecture|design|internals|how[-_ ]it[-_ ]works)[^/]*$|\/(architecture|design)\//i;
const DESIGN_FILE = /^(docs?\/)?(architecture|design)(\.[a-z]+)?$/i;
const osps_sa_01_01_id = 'OSPS-SA-01.01';
function osps_sa_01_01_evaluate(facts) {
    const evidence = [];
    // A self-assessment whose Actors and Actions sections are filled documents exactly this.
    for (const doc of facts.assessment.selfAssessments) {
        const actors = doc.sections.find((s) => s.id === 'actors' && s.state === 'filled');
        const actions = doc.sections.find((s) => s.id === 'actions' && s.state === 'filled');
        if (actors && actions) {
            evidence.push(fileEvidence(doc.path, `self-assessment describes the system's actors: section "${actors.heading ?? actors.title}"`, actors.line));
            evidence.push(fileEvidence(doc.path, `self-assessment describes the system's actions: section "${actions.heading ?? actions.title}"`, actions.line));
        }
    }
    for (const d of docsNamed(facts, DESIGN_PATH).filter((x) => !notActorsPage(x.path)))
        evidence.push(fileEvidence(d.path, 'design documentation', 1));
    for (const d of documents_documentsOf(facts.documents, 'design').filter((x) => substantive(x, 200)).slice(0, 3))
        evidence.push(fileEvidence(d.path, `design document in ${d.path.slice(0, d.path.indexOf('/'))}/`, 1));
    for (const hit of sectionsIn(facts, ['docs', 'readme', 'contributing'], DESIGN_HEADING))
        if (designHeading(hit.heading.text))
            evidence.push(sectionEvidence(hit, 'design documentation'));
    const si = declaration(facts, 'project.documentation.design', 'design documentation');
    if (si.state === 'in-repo')
        evidence.push(si.evidence);
    if (evidence.length > 0)
        return pass(capEvidence(dedupe(evidence)));
    if (si.state === 'declared')
        return attested([si.evidence], 'Commit the design documentation to the repository (for example docs/architecture.md) so it can be checked, and link it from project.documentation.design.');
    const seen = [];
    if (si.state === 'broken-link')
        seen.push(si.evidence);
    const unread = unreadNamed(facts, DESIGN_FILE);
    const remediation = 'Add design documentation that names every actor (users, services, subsystems that influence one another) and the actions between them, for example docs/architecture.md or the Actors and Actions sections of a security self-assessment, and link it from Security Insights project.documentation.design.';
    if (unread.length > 0)
        return unknown(`${unread[0]} looks like design documentation by its name, but its content is not read by this check (only Markdown under docs/ and the well-known community files are)`, 'Move the design document under docs/ (for example docs/architecture.md) or link it from Security Insights project.documentation.design.', [...seen, fileEvidence(unread[0], 'design document found by name, content not read')]);
    seen.push({ kind: 'note', detail: 'no design documentation found: no architecture or design document under docs/, no Architecture/Design section, no Actors and Actions sections in a self-assessment, no project.documentation.design in Security Insights' });
    return releaseGated(facts, seen, remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-sa-02-01.ts
// OSPS-SA-02.01: Descriptions of the external interfaces of released assets.
// An OpenAPI/AsyncAPI description, interface documentation under docs/ (api, reference, cli, usage,
// ...), or an API/Usage/CLI/Reference section in the README or a product page of docs/ (not
// questions and answers, not a contributor's page);
// whether every interface is described is left to a reviewer. Design documentation declared in
// Security Insights is attested. Applies once the project has made a release: evidence found passes
// whatever the release state; without evidence the release state decides between fail,
// not-applicable and unknown (releaseGated, helpers/release.ts).







const INTERFACE_HEADING = /\b(api|apis|interfaces?|usage|command[- ]line|cli|commands|inputs|outputs|endpoints|(configuration |cli |api |command )?reference|options|flags|arguments|sdk|protocol|webhooks?)\b/i;
const INTERFACE_PATH = /(^|\/)(api|apis|reference|usage|cli|commands|interfaces?|endpoints|sdk|protocol)([-_.][^/]*)?(\/|\.[a-z]+$)/i;
const NOT_INTERFACE = /\?|\bquestions?\b|\bfaq\b|troubleshoot|known issues/i;
const INTERFACE_SPEC = /(^|\/)[^/]*(openapi|swagger|asyncapi)[^/]*\.(ya?ml|json)$/i;
/**
 * A README link to the interface reference published elsewhere: its text says so ("API Docs", "CLI
 * reference"), or names a custom resource, an operator's API ("GitRepository CRD", fluxcd/flux2's).
 */
const REFERENCE_TEXT = /\b(?:api|apis|cli|command[- ]line|commands?|sdk|crds?)\b.{0,20}\b(?:docs?|documentation|reference)\b|^(?:the )?reference(?: docs| documentation)?$|\bcrds?$/i;
/** Hosts that publish a package's interface documentation from its source (rustdoc, godoc, javadoc). */
const REFERENCE_HOST = /^https:\/\/(?:docs\.rs|pkg\.go\.dev|godoc\.org|(?:www\.)?javadoc\.io)\//i;
/**
 * The README's link to the project's interface reference, when the repository holds none itself:
 * a Rust crate's or Go module's API is described by its doc comments and read on docs.rs or
 * pkg.go.dev (tokio's README: "[API Docs](https://docs.rs/tokio/latest/tokio)").
 */
function referenceLink(facts) {
    const name = facts.context.repository?.split('/')[1]?.toLowerCase() ?? null;
    for (const readme of documents_documentsOf(facts.documents, 'readme').slice(0, 1))
        for (const l of readme.outline?.links ?? []) {
            const hosted = REFERENCE_HOST.test(l.target) && name !== null && l.target.toLowerCase().includes(`/${name}`);
            if (hosted || (!l.image && REFERENCE_TEXT.test(l.text.trim()) && /^https?:\/\//.test(l.target)))
                return fileEvidence(readme.path, `links to its interface reference: "${l.text.slice(0, 80)}" \u2192 ${l.target.slice(0, 200)}`, l.line, l.column);
        }
    return null;
}
const osps_sa_02_01_id = 'OSPS-SA-02.01';
function osps_sa_02_01_evaluate(facts) {
    const evidence = [];
    for (const f of facts.files) {
        if (f.kind !== 'submodule' && INTERFACE_SPEC.test(f.path) && !/(^|\/)(node_modules|vendor|third_party|testdata|fixtures?)\//i.test(f.path))
            evidence.push(fileEvidence(f.path, 'machine-readable interface description (OpenAPI/AsyncAPI)', 1));
    }
    for (const d of docsNamed(facts, INTERFACE_PATH))
        evidence.push(fileEvidence(d.path, 'interface documentation', 1));
    for (const hit of sectionsIn(facts, ['readme', 'docs'], INTERFACE_HEADING)) {
        // Questions and answers about usage are not a description of the interface.
        if (NOT_INTERFACE.test(hit.heading.text) || /(^|\/)faq[^/]*$/i.test(hit.doc.path))
            continue;
        // A contributor's page ("Cargo Commands" in docs/contributing/) describes the tools of development, not the released software.
        if (hit.doc.kind === 'project' && hit.doc.role !== 'readme')
            continue;
        evidence.push(sectionEvidence(hit, 'describes an external interface'));
    }
    if (evidence.length === 0) {
        const link = referenceLink(facts);
        if (link)
            evidence.push(link);
    }
    if (evidence.length > 0) {
        evidence.push({ kind: 'note', detail: 'whether every external interface of the released assets is described is for a reviewer to confirm' });
        return pass(capEvidence(dedupe(evidence)));
    }
    const si = declaration(facts, 'project.documentation.design', 'design documentation');
    if (si.state === 'in-repo' || si.state === 'declared')
        return attested([si.evidence], 'Describe every external interface (API, command line, inputs and outputs, file formats) in the repository, for example a "Usage" or "API" section in the README or docs/api.md.');
    const seen = [{ kind: 'note', detail: 'no description of external interfaces found: no API/Usage/CLI/Reference section in the README or docs/, no docs/api or docs/reference document, no OpenAPI or AsyncAPI file' }];
    return releaseGated(facts, seen, 'Document every external interface of the released software (APIs, command line, inputs and outputs, data formats): a "Usage" or "API" section in the README, or docs/api.md / docs/reference.md.');
}

;// CONCATENATED MODULE: ./src/rules/osps-sa-03-01.ts
// OSPS-SA-03.01: A security assessment.
// Reads the same facts as the Inspector objective (src/objectives/inspector.ts) and agrees with it:
// a complete self-assessment (every required section of the OpenSSF template filled) or a complete
// Gemara ThreatCatalog passes, as does a third-party assessment in the repository; a Security
// Insights entry that says the assessment is not done wins over a file that looks done. An
// assessment kept elsewhere is attested. Applies once the project has made a release: evidence
// found passes whatever the release state; without evidence the release state decides between fail,
// not-applicable and unknown (releaseGated, helpers/release.ts).





const SI_SELF = 'repository.security.assessments.self';
function selfRefEvidence(facts) {
    const ref = facts.assessment.securityInsights;
    if (!ref)
        return null;
    return {
        kind: 'security-insights',
        ...(ref.path !== undefined ? { path: ref.path } : {}),
        ...(ref.line !== undefined ? { line: ref.line } : {}),
        ...(ref.column !== undefined ? { column: ref.column } : {}),
        detail: `${SI_SELF}: evidence ${ref.value ? JSON.stringify(ref.value.slice(0, 200)) : 'not set'}${ref.comment ? `, comment ${JSON.stringify(ref.comment.slice(0, 120))}` : ''}`,
    };
}
const osps_sa_03_01_id = 'OSPS-SA-03.01';
function osps_sa_03_01_evaluate(facts) {
    const a = facts.assessment;
    const ref = a.securityInsights;
    const refEv = selfRefEvidence(facts);
    const tp = thirdParty(facts);
    const completeDocs = a.selfAssessments.filter((d) => d.looksComplete);
    const completeCats = completeThreatCatalogs(a.gemara);
    const found = [
        ...completeDocs.map((d) => fileEvidence(d.path, 'security self-assessment with every required section of the OpenSSF template filled', d.stage?.line)),
        ...completeCats.map((t) => fileEvidence(t.path, `complete Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')} with ${t.entryCount} threat(s)`, t.line)),
    ];
    const saysNotDone = ref?.saysNotDone === true;
    const notDone = saysNotDone && refEv ? [{ ...refEv, detail: `${refEv.detail}: says the self-assessment is not done (${JSON.stringify(ref?.notDoneReason ?? '')}); Security Insights wins over the files` }] : [];
    // Security Insights saying "not done" wins over a file that looks done (as the Inspector decides).
    if (!saysNotDone && found.length > 0) {
        if (refEv)
            found.push(refEv);
        return pass(capEvidence([...found, ...tp.inRepo]));
    }
    if (tp.inRepo.length > 0)
        return pass(capEvidence(tp.inRepo));
    if (!saysNotDone && ref && ref.target.kind === 'external' && refEv)
        return attested([{ ...refEv, url: ref.target.url }], `Commit the self-assessment to this repository and point ${SI_SELF} evidence at it, so that it can be checked.`);
    if (tp.external.length > 0)
        return attested(capEvidence(tp.external), 'Commit the third-party assessment report (or a self-assessment) to the repository so that it can be checked.');
    const seen = [...notDone, ...tp.broken];
    if (saysNotDone && found.length > 0)
        seen.push(...found.map((e) => ({ ...e, detail: `${e.detail}, but Security Insights says the assessment is not done` })));
    for (const d of a.selfAssessments.filter((x) => !x.looksComplete)) {
        seen.push(fileEvidence(d.path, d.unreadable ? `self-assessment not read: ${d.unreadable}` : `incomplete self-assessment: required sections not filled: ${d.requiredNotFilled.join(', ') || 'stage says incomplete'}`));
    }
    for (const t of a.gemara.threatCatalogs.filter((c) => !completeCats.includes(c)))
        seen.push(fileEvidence(t.path, `Gemara ThreatCatalog that is not complete (${t.valid ? 'capability references do not all resolve to a valid CapabilityCatalog' : `${t.errors.length} schema error(s)`})`, t.line));
    if (ref && !saysNotDone && refEv && !(ref.target.kind === 'local' && ref.target.exists))
        seen.push(refEv);
    if (seen.length === 0)
        seen.push({ kind: 'note', detail: 'no security assessment found: no self-assessment document, no Gemara ThreatCatalog, no assessment in Security Insights' });
    const remediation = saysNotDone && found.length > 0
        ? `Update ${SI_SELF} in Security Insights: its comment says the assessment is not done while ${found[0].path ?? 'a document'} looks complete.`
        : `Perform a security assessment and commit it: a self-assessment following the OpenSSF template (for example docs/security/self-assessment.md) or a Gemara ThreatCatalog with its CapabilityCatalog, and reference it from Security Insights ${SI_SELF}.`;
    return releaseGated(facts, capEvidence(seen), remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-sa-03-02.ts
// OSPS-SA-03.02: A threat model with attack surface analysis.
// A complete Gemara ThreatCatalog (each threat mapped to the capabilities it affects), a threat
// model document, or a threat model / attack surface section in docs/, SECURITY, the README or
// CONTRIBUTING passes; a third-party assessment is attested. A threat model found by name whose
// content is not read is unknown. Applies once the project has made a release: evidence found
// passes whatever the release state; without evidence the release state decides between fail,
// not-applicable and unknown (releaseGated, helpers/release.ts).






const THREAT_HEADING = /\bthreat[- ]?model(s|ling|ing)?\b|\battack (surface|vectors?|trees?)\b|\bthreats?( and mitigations| analysis)?$|\bstride\b/i;
const THREAT_PATH = /(^|\/)[^/]*(threat[-_ ]?model|attack[-_ ]?surface)[^/]*$/i;
const osps_sa_03_02_id = 'OSPS-SA-03.02';
function osps_sa_03_02_evaluate(facts) {
    const a = facts.assessment;
    const completeCats = completeThreatCatalogs(a.gemara);
    const evidence = completeCats.map((t) => fileEvidence(t.path, `Gemara ThreatCatalog ${JSON.stringify(t.id ?? t.title ?? '')}: ${t.entryCount} threat(s), each mapped to the capabilities (attack surface) it affects`, t.line));
    for (const d of docsNamed(facts, THREAT_PATH))
        evidence.push(fileEvidence(d.path, 'threat model document', 1));
    for (const hit of sectionsIn(facts, ['docs', 'security', 'readme', 'contributing'], THREAT_HEADING))
        evidence.push(sectionEvidence(hit, 'threat model'));
    // Self-assessments are read by their own module; their headings are in `sections` only for
    // template sections, so threat-model headings inside them come from the docs outline above.
    if (evidence.length > 0)
        return pass(capEvidence(dedupe(evidence)));
    const tp = thirdParty(facts);
    if (tp.inRepo.length > 0 || tp.external.length > 0)
        return attested(capEvidence([...tp.inRepo, ...tp.external]), 'Commit a threat model with its attack surface analysis (a Gemara ThreatCatalog with its CapabilityCatalog, or a "Threat model" document under docs/) so it can be checked.');
    const seen = [...tp.broken];
    for (const t of a.gemara.threatCatalogs)
        seen.push(fileEvidence(t.path, `Gemara ThreatCatalog that is not complete (${t.valid ? 'capability references do not all resolve to a valid CapabilityCatalog' : `${t.errors.length} schema error(s)`})`, t.line));
    const unread = unreadNamed(facts, /(^|\/)[^/]*threat[-_ ]?model[^/]*\.(md|markdown|mdx|rst|txt|adoc)$/i);
    if (unread.length > 0)
        return unknown(`${unread[0]} looks like a threat model by its name, but its content is not read by this check (only Markdown under docs/ and the well-known community files are)`, 'Move the threat model under docs/ (for example docs/threat-model.md), or commit it as a Gemara ThreatCatalog.', [...seen, fileEvidence(unread[0], 'threat model found by name, content not read')]);
    if (seen.length === 0)
        seen.push({ kind: 'note', detail: 'no threat model found: no complete Gemara ThreatCatalog, no threat model or attack surface section under docs/ or in SECURITY.md' });
    return releaseGated(facts, capEvidence(seen), 'Model the threats to the project and its attack surface and commit the result: a Gemara ThreatCatalog with the CapabilityCatalog it references, or a docs/threat-model.md with "Threat model" and "Attack surface" sections; reference it from Security Insights.');
}

;// CONCATENATED MODULE: ./src/rules/helpers/scans.ts



/**
 * Triggers that evaluate a change before it lands. A scan that runs only on push evaluates a change
 * after it is merged (or only on branches of this repository, never on a fork's pull request), so
 * it cannot block the change as the requirement asks.
 */
const PRE_MERGE = new Set(['pull_request', 'pull_request_target', 'merge_group']);
function beforeMerge(h) {
    return h.qualifies && h.triggers.some((t) => PRE_MERGE.has(t));
}
function hitEvidence(h, qualifies) {
    const where = h.path === h.workflow ? `${h.workflow} job ${h.job}` : `${h.path} (from ${h.workflow} job ${h.job})`;
    const when = h.triggers.length ? h.triggers.join(', ') : 'no trigger';
    const detail = qualifies
        ? `${h.tool} runs on every change (${when}) in ${where}`
        : h.qualifies
            ? `${h.tool} runs only on ${when} in ${where}, after a change lands: no pull_request or merge_group trigger, so it cannot block a change`
            : `${h.tool} runs only on ${when} in ${where}, not on every change`;
    return { kind: 'workflow', path: h.path, line: h.line, column: h.column, detail };
}
function perChange(facts, spec) {
    const qualifying = spec.detector.hits.filter(beforeMerge);
    const blocking = facts.github.branchProtection.statusChecksRequired;
    if (qualifying.length > 0) {
        const evidence = qualifying.map((h) => hitEvidence(h, true));
        if (blocking.value === false)
            return fail([...evidence, { kind: 'api', detail: `the default branch requires no status checks (${blocking.sources.join(', ')}), so a failing ${spec.what} does not block a merge` }], `Require the ${spec.what} job as a status check on the default branch (a ruleset or branch protection rule), so that violations block the change.`);
        if (blocking.value === true)
            evidence.push({ kind: 'api', detail: `the default branch requires status checks (${blocking.sources.join(', ')})` });
        else
            evidence.push({ kind: 'note', detail: `whether the check is required before merging could not be read${blocking.note ? ` (${blocking.note})` : ''}` });
        return pass(capEvidence(evidence));
    }
    const tools = insightsField(facts, 'repository.security.tools');
    const declared = [];
    const notCi = [];
    if (tools && Array.isArray(tools.value)) {
        tools.value.forEach((t, i) => {
            if (t === null || typeof t !== 'object')
                return;
            const o = t;
            if (typeof o.type !== 'string' || !spec.siType.test(o.type))
                return;
            const name = typeof o.name === 'string' ? o.name.slice(0, 80) : 'unnamed tool';
            const integration = o.integration && typeof o.integration === 'object' ? o.integration : {};
            const field = `repository.security.tools[${i}]`;
            if (integration.ci === true)
                declared.push({ name, evidence: insightsEvidence(facts, `${field}.integration.ci`, `Security Insights declares ${spec.what} tool ${JSON.stringify(name)} (type ${JSON.stringify(o.type)}) integrated in CI`) });
            else
                notCi.push(insightsEvidence(facts, `${field}.integration`, `Security Insights lists ${spec.what} tool ${JSON.stringify(name)}, but not as integrated in CI`));
        });
    }
    const others = spec.detector.hits.map((h) => hitEvidence(h, false));
    // A declared tool the workflows show running only on a schedule (or by hand) contradicts "ci: true";
    // a declared tool not seen in any workflow (a GitHub app, an external service) is the project's word.
    const seenTools = spec.detector.hits.map((h) => h.tool.toLowerCase());
    const uncontradicted = declared.filter((d) => !seenTools.some((t) => sameTool(t, d.name)));
    if (uncontradicted.length > 0)
        return attested(capEvidence([...uncontradicted.map((d) => d.evidence), ...others]), `Run the ${spec.what} tool in a workflow on pull_request (or require the check its app reports) so that it can be observed, or keep the Security Insights entry current.`);
    const evidence = [...others, ...declared.map((d) => ({ ...d.evidence, detail: `${d.evidence.detail}, but the workflow that runs it does not run on every change` })), ...notCi];
    if (facts.workflows.parseErrors.length > 0)
        evidence.push({ kind: 'note', detail: `${facts.workflows.parseErrors.length} workflow file(s) could not be parsed; GitHub would not run them either` });
    if (evidence.length === 0)
        evidence.push({ kind: 'note', detail: `no ${spec.what} tool found in any workflow, and none declared in Security Insights repository.security.tools` });
    return fail(capEvidence(evidence), others.length > 0 ? `Run the ${spec.what} on every change: add pull_request (and push) triggers to the workflow that runs it, and require its status check before merging.` : spec.remediation);
}
/** A detector's tool name ('osv-scanner', 'codeql') and a Security Insights tool name ('OSV-Scanner', 'CodeQL analysis'). */
function sameTool(detected, declaredName) {
    const norm = (x) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
    const a = norm(detected.split(/[\s/]/)[0]);
    const b = norm(declaredName);
    return a.length >= 3 && b.length >= 3 && (b.includes(a) || a.includes(b));
}
function scans_dedupe(items) {
    const seen = new Set();
    return items.filter((e) => {
        const k = `${e.path}:${e.line}:${e.detail}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/rules/helpers/security-policy.ts
// The security policy as the vulnerability-management rules read it (OSPS-VM): the policy documents
// (SECURITY.md or the file Security Insights names), the Security Insights vulnerability-reporting
// contact and reports-accepted fields, and policies kept outside the repository.





const VR = 'project.vulnerability-reporting';
/**
 * A link to a security policy kept outside this repository: an organization's `.github` or
 * governance repository, or (from SECURITY.md) the project's website: prometheus/prometheus's
 * SECURITY.md sends the reader to https://prometheus.io/docs/operating/security/.
 */
const EXTERNAL_POLICY = /^https?:\/\/[^\s]+\/security\.(md|markdown|rst|txt)(#\S*)?$|^https?:\/\/[^\s]+\/security[-_]policy\b/i;
/**
 * A website's security page, linked from SECURITY.md itself where the words introduce it as the
 * policy or the way to report ("the security policy ... can be found here"); not a "Security Guide"
 * to hardening the product (kyverno's), not a GitHub Security tab.
 */
const WEBSITE_SECURITY_PAGE = /^https?:\/\/(?!(?:www\.)?github\.com\/)[^\s/]+\/[^\s]*\/security\/?(#\S*)?$/i;
const POLICY_WORDS = /\bpolic(?:y|ies)\b|\breport/i;
/**
 * GitHub's security policy page of a repository: it shows that repository's SECURITY.md or, where
 * it has none, the owner's default one from its `.github` repository (expressjs/express's README:
 * "please see [Security Policies and Procedures](https://github.com/expressjs/express/security/policy)").
 */
const GITHUB_POLICY_PAGE = /^https?:\/\/(?:www\.)?github\.com\/[\w.-]+\/[\w.-]+\/security\/policy\/?(?:#\S*)?$/i;
/**
 * The reporting page of a coordinated-disclosure platform that takes private reports for the
 * project (Tidelift's security contact for urllib3 and black, a HackerOne or huntr program).
 */
const DISCLOSURE_PLATFORM = /^https?:\/\/(?:www\.)?(?:tidelift\.com\/security|hackerone\.com\/[\w-]+|bugcrowd\.com\/[\w-]+|huntr\.(?:com|dev)\/|app\.intigriti\.com\/|yeswehack\.com\/|zerodayinitiative\.com\/)/i;
/** A link to a disclosure platform's reporting page, as evidence of a private channel; null for any other link. */
function platformEvidence(path, l) {
    if (!DISCLOSURE_PLATFORM.test(l.target))
        return null;
    const rest = l.target.slice(l.target.indexOf('//') + 2);
    const host = rest.slice(0, rest.search(/[/?#]|$/));
    return fileEvidence(path, `private reporting through ${host.startsWith('www.') ? host.slice(4) : host}: ${l.target.slice(0, 200)}`, l.line, l.column);
}
const SECURITY_SECTION = /secur|vulnerab/i;
/**
 * Links to a security policy kept elsewhere: in the repository's own SECURITY.md (a stub that says
 * "the policy is in the central repository"), or in a security section of the README or CONTRIBUTING
 * ("please refer to the organization's security process"). Many organizations keep one SECURITY.md
 * in their `.github` or governance repository; that document is the project's policy, but this check
 * does not read it, so it is the project's word, not an observation.
 */
function externalPolicyLinks(facts) {
    const out = [];
    const ownPolicy = documents_documentsOf(facts.documents, 'security').length > 0;
    const consider = (path, l, policy = null) => {
        if (out.some((e) => e.detail?.endsWith(l.target)))
            return;
        if (GITHUB_POLICY_PAGE.test(l.target) && intoThisRepository(facts, l.target)) {
            // This repository's own page: with no SECURITY.md here, it shows the owner's default policy.
            if (!ownPolicy)
                out.push(fileEvidence(path, `the security policy is the owner's default one, kept outside this repository (the tree holds no SECURITY.md); links to GitHub's policy page ${l.target.slice(0, 200)}`, l.line, l.column));
            return;
        }
        const policyLink = EXTERNAL_POLICY.test(l.target) || GITHUB_POLICY_PAGE.test(l.target) || (policy !== null && WEBSITE_SECURITY_PAGE.test(l.target) && POLICY_WORDS.test(`${policy.proseBefore(l.line, l.column, 200)} ${l.text}`));
        if (!policyLink || DISCLOSURE_PLATFORM.test(l.target) || intoThisRepository(facts, l.target))
            return;
        out.push(fileEvidence(path, `the security policy is kept outside this repository; links to ${l.target.slice(0, 200)}`, l.line, l.column));
    };
    for (const doc of documents_documentsOf(facts.documents, 'security'))
        for (const l of doc.outline?.links ?? [])
            consider(doc.path, l, doc.outline);
    for (const role of ['readme', 'contributing'])
        for (const doc of documents_documentsOf(facts.documents, role))
            for (const h of doc.outline?.headings ?? [])
                if (SECURITY_SECTION.test(h.text))
                    for (const l of sectionLinks(doc, h))
                        consider(doc.path, l);
    return out.slice(0, 3);
}
/**
 * A section of the README or the contribution guide on reporting security issues: composer has no
 * SECURITY.md, and its README's "Security Reports" says "Please send any sensitive issue to
 * security@packagist.org".
 */
const REPORTING_HEADING = /\b(?:security|vulnerabilit(?:y|ies))\b.{0,40}\b(?:reports?|reporting|contacts?|disclosures?|issues?|bugs?)\b|\breport(?:ing)?\b.{0,40}\b(?:security|vulnerabilit(?:y|ies))\b/i;
/** Sections of the README and the contribution guide on reporting security issues, with the addresses and links written in them. */
function reportingSections(facts) {
    const out = [];
    for (const role of ['readme', 'contributing'])
        for (const doc of documents_documentsOf(facts.documents, role)) {
            const outline = doc.outline;
            if (!outline)
                continue;
            for (const h of outline.headings)
                if (REPORTING_HEADING.test(h.text) && h.template === undefined)
                    out.push({
                        doc,
                        outline,
                        heading: h,
                        emails: contactEmails(doc, sectionEmails(doc, h)),
                        links: sectionLinks(doc, h),
                        where: `(${role === 'readme' ? 'README' : 'contribution guide'} section "${h.text.slice(0, 80)}")`,
                    });
        }
    return out;
}
const EXTERNAL_POLICY_REMEDIATION = 'Keep the policy where it is, but make it checkable here: state the essentials in this repository\'s SECURITY.md (how to report privately, the contact, the response timeframe), or point Security Insights project.vulnerability-reporting at the policy and name the contact there.';
/** What `project.vulnerability-reporting.contact` says: a reachable contact, a name only, or unknown. */
function insightsContact(facts) {
    const d = declaration(facts, `${VR}.contact`, 'security contact');
    if (d.state === 'unknown')
        return { unknownReason: d.reason };
    const f = insightsField(facts, `${VR}.contact`);
    if (!f || f.value === null || typeof f.value !== 'object' || Array.isArray(f.value))
        return {};
    const c = f.value;
    const name = typeof c.name === 'string' && c.name.trim() ? c.name.trim().slice(0, 80) : 'unnamed contact';
    const email = typeof c.email === 'string' && c.email.trim() ? c.email.trim() : undefined;
    const social = typeof c.social === 'string' && c.social.trim() ? c.social.trim() : undefined;
    if (email)
        return { email, reachable: insightsEvidence(facts, `${VR}.contact.email`, `Security Insights names the security contact ${JSON.stringify(name)} <${email.slice(0, 120)}>`) };
    if (social)
        return { reachable: insightsEvidence(facts, `${VR}.contact.social`, `Security Insights names the security contact ${JSON.stringify(name)} (${social.slice(0, 120)})`) };
    return { unreachable: insightsEvidence(facts, `${VR}.contact`, `Security Insights names the security contact ${JSON.stringify(name)} but gives no e-mail address or handle to reach them`) };
}
/** `project.vulnerability-reporting.reports-accepted`, when it is a boolean. */
function reportsAccepted(facts) {
    const d = declaration(facts, `${VR}.reports-accepted`, 'vulnerability reports');
    const f = insightsField(facts, `${VR}.reports-accepted`);
    if (d.state === 'unknown' || !f || typeof f.value !== 'boolean')
        return null;
    return { value: f.value, evidence: insightsEvidence(facts, `${VR}.reports-accepted`, `Security Insights ${VR}.reports-accepted is ${f.value}`) };
}
/** The security policy documents plus any in-repo documents Security Insights links as policy. */
function policyDocs(facts, fields) {
    const out = [];
    const add = (path) => {
        const doc = facts.documents.byPath[path];
        if (doc?.outline && !out.some((o) => o.path === path))
            out.push({ path, outline: doc.outline });
    };
    for (const d of documents_documentsOf(facts.documents, 'security'))
        add(d.path);
    for (const field of fields) {
        const d = declaration(facts, field, 'policy');
        if (d.state === 'in-repo')
            add(d.path);
    }
    return out;
}
/** Every matching section that speaks for the project (a policy), in documents of these roles. */
function security_policy_sectionsIn(facts, roles, match, minChars = 60) {
    const hits = [];
    for (const role of roles)
        for (const doc of documents_documentsOf(facts.documents, role))
            for (const h of doc.outline?.headings ?? [])
                if (match(h.text) && h.sectionChars >= minChars && h.template === undefined && projectSection(doc, h) && !(h.linkListOnly && h.sectionChars === h.ownChars) && !hits.some((x) => x.doc.path === doc.path && x.heading.line === h.line))
                    hits.push({ doc, heading: h });
    return hits;
}
function repoUrl(facts) {
    const r = facts.github.repo;
    if (r.state === 'ok')
        return r.data.htmlUrl;
    return facts.context.repository ? `https://github.com/${facts.context.repository}` : undefined;
}
/** Words of an address's local part that name a list that announces or discusses, not a contact for private reports. */
const LIST_WORDS = new Set(['announce', 'announcement', 'announcements', 'news', 'newsletter', 'updates', 'users', 'discuss', 'discussion', 'dev', 'devel', 'general', 'community', 'noreply', 'no-reply']);
const SECURITY_WORDS = /secur|vuln|psirt|cert/i;
/** True for the address of an announcement or discussion list (by its local part, or a list host unless the list is a security one). */
function listAddress(address) {
    const at = address.lastIndexOf('@');
    const local = address.slice(0, at).toLowerCase();
    const host = address.slice(at + 1).toLowerCase();
    const words = local.split(/[-_.+]/);
    if (local === 'no-reply' || words.some((w) => LIST_WORDS.has(w)))
        return !(SECURITY_WORDS.test(local) && !words.some((w) => w.startsWith('announce') || w === 'news' || w === 'updates'));
    const listHost = host.startsWith('lists.') || host.startsWith('groups.') || host === 'googlegroups.com';
    return listHost && !SECURITY_WORDS.test(local);
}
/** Sections about announcements, releases or the community: an address there is for subscribers, not for reports. */
const LIST_SECTION = /\b(announce\w*|advisories|notifications?|newsletter|mailing lists?|stay (?:informed|up to date)|subscribe|community|release notes?)\b/i;
const REPORT_SECTION = /\breport\w*|\bcontact\b|\bdisclos\w*/i;
/**
 * The e-mail addresses of a security policy that can receive a private report: not an announcement
 * or discussion list (by its address, or because it is given in a section about announcements or
 * mailing lists rather than about reporting).
 */
function contactEmails(doc, emails = doc.outline?.emails ?? []) {
    return emails.filter((e) => {
        // A list host is fine for a private security list (security@lists.example); an announcement list is not.
        if (listAddress(e.address))
            return false;
        const h = headingAt(doc, e.line);
        if (h && LIST_SECTION.test(h.text) && !REPORT_SECTION.test(h.text))
            return false;
        return !(doc.outline && NOTIFIED.test(doc.outline.proseBefore(e.line, e.column, 300)));
    });
}
/**
 * What a policy says just before the people it notifies ahead of a release (downstream packagers,
 * distributors, a pre-notification list), in the 300 characters of its section before an address:
 * psf/requests lists "Python Maintenance Team, Red Hat (python-maint@redhat.com)" among those it
 * contacts "ahead of a public release". Such an address is not where a vulnerability is reported.
 */
const NOTIFIED = /\bdownstream\b|\b(?:re)?packagers?\b|\bdistributors?\b|\bpre-?(?:notification|disclosure) list\b|\bembargo(?:ed)? list\b|\bahead of (?:a |the |our )?(?:public |planned )?releases?\b/i;
const POLICY_ROLES = ['security', 'contributing', 'governance', 'docs', 'readme'];

;// CONCATENATED MODULE: ./src/rules/osps-vm-01-01.ts





function headingHits(docs, re, minChars) {
    const hits = [];
    for (const d of docs)
        for (const h of d.outline.headings)
            if (re.test(h.text) && h.sectionChars >= minChars && !(h.linkListOnly && h.sectionChars === h.ownChars))
                hits.push({ path: d.path, heading: h });
    return hits;
}
const DISCLOSURE_HEADING = /disclos|vulnerabilit|report(ing)?\b|respon(se|d)|handling|what to expect|embargo|\bcvd\b/i;
/** Prose about reporting or disclosing, read where a policy has no section heading of its own. */
const DISCLOSURE_PROSE = /\b(?:report|disclos)/i;
/**
 * A policy that is a title and its text, or text alone (fmt's SECURITY.md: "# Security Policy", then
 * "To report a security issue, please disclose it at \u2026"): the whole policy is its disclosure section.
 * Read only when no heading of the policy is about disclosure.
 */
function untitledPolicies(docs) {
    const hits = [];
    for (const d of docs) {
        const [title, ...rest] = d.outline.headings;
        if (title === undefined) {
            if (d.outline.lead.length >= 60 && DISCLOSURE_PROSE.test(d.outline.lead))
                hits.push({ path: d.path, line: d.outline.leadLine, where: 'the text of the policy, which has no headings' });
        }
        else if (title.level === 1 && rest.every((h) => h.level > 1) && title.ownChars >= 60 && title.template === undefined && DISCLOSURE_PROSE.test(title.body))
            hits.push({ path: d.path, line: title.line, where: `the text under the policy's title "${title.text}"` });
    }
    return hits;
}
/** A heading that is itself about timing: "Response timeline", "Disclosure within 90 days", "SLA". */
const TIME_HEADING = /\b\d+\s*(business |working |calendar )?(hours?|days?|weeks?|months?)\b|\b(response|disclosure|remediation|fix|acknowledg\w*|triage|resolution) (times?|timelines?|windows?|periods?|targets?|slas?)\b|\btimelines?\b|\bsla\b|service[- ]level|time ?frames?/i;
/** Time statements in the prose of a policy ("within 3 business days"), from the outline. */
function timeframesOf(outline) {
    return outline.timeframes;
}
const osps_vm_01_01_id = 'OSPS-VM-01.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_01_01_whileActive = true;
function osps_vm_01_01_evaluate(facts) {
    const fields = [`${VR}.policy`, 'repository.documentation.security-policy'];
    const docs = policyDocs(facts, fields);
    const ra = reportsAccepted(facts);
    const headed = headingHits(docs, DISCLOSURE_HEADING, 60).map((h) => ({ path: h.path, line: h.heading.line, where: `section "${h.heading.text}"` }));
    const disclosure = headed.length > 0 ? headed : untitledPolicies(docs);
    const timeHeadings = headingHits(docs, TIME_HEADING, 20);
    const timeEvidence = timeHeadings.map((h) => fileEvidence(h.path, `response timeframe: section "${h.heading.text}"`, h.heading.line));
    let timeframesRead = false;
    for (const d of docs) {
        const t = timeframesOf(d.outline);
        if (t === undefined)
            continue;
        timeframesRead = true;
        for (const x of t)
            timeEvidence.push(fileEvidence(d.path, `response timeframe stated: "${x.text.slice(0, 80)}"`, x.line, x.column));
    }
    const sectionEv = disclosure.map((h) => fileEvidence(h.path, `disclosure policy: ${h.where}`, h.line));
    const refusal = ra && !ra.value ? [{ ...ra.evidence, detail: `${ra.evidence.detail}: the project says it does not accept vulnerability reports` }] : [];
    if ((disclosure.length > 0 || timeHeadings.length > 0) && timeEvidence.length > 0 && refusal.length === 0)
        return pass(capEvidence(scans_dedupe([...sectionEv, ...timeEvidence])));
    const siPolicy = firstOf(facts, fields, 'disclosure policy');
    if (refusal.length > 0)
        return fail([...refusal, ...sectionEv.slice(0, 3)], `Security Insights ${VR}.reports-accepted is false, which contradicts a coordinated disclosure policy: set it to true and keep SECURITY.md's disclosure section with its response time, or, if reports are really not accepted, say so in SECURITY.md.`);
    if (disclosure.length > 0) {
        // A reporting section that sends the reader to the policy kept elsewhere (prometheus's SECURITY.md:
        // "the security policy ... can be found here") defers the timeframe to a document not read here.
        const deferred = siPolicy.state === 'absent' ? externalPolicyLinks(facts) : [];
        if (deferred.length > 0)
            return attested([...deferred, ...sectionEv.slice(0, 2)], EXTERNAL_POLICY_REMEDIATION);
        if (timeframesRead)
            return fail(sectionEv, `State in ${disclosure[0].path} how quickly the project responds to a report (for example "we acknowledge reports within 3 business days and aim to release a fix within 90 days").`);
        return unknown(`${disclosure[0].path} has a disclosure policy (${disclosure[0].where}, line ${disclosure[0].line}), but no heading states a response time and the section's prose is not read for one by this version`, `Make sure ${disclosure[0].path} states a response timeframe (for example under a "Response timeline" heading: "we acknowledge reports within 3 business days").`, sectionEv);
    }
    if (siPolicy.state === 'declared')
        return attested([siPolicy.evidence], 'Commit the disclosure policy with its response timeframe to the repository as SECURITY.md so that it can be checked.');
    const evidence = [];
    if (siPolicy.state === 'broken-link' || siPolicy.state === 'negative')
        evidence.push(siPolicy.evidence);
    if (docs.length > 0)
        evidence.push(...docs.map((d) => fileEvidence(d.path, 'security policy has no section on reporting, disclosure or response', 1)));
    else
        evidence.push({ kind: 'note', detail: 'no SECURITY.md at the root, in .github/ or in docs/, and no disclosure policy in Security Insights' });
    if (siPolicy.state === 'unknown')
        return unknown(`the Security Insights project section could not be read (${siPolicy.reason})`, 'Add SECURITY.md with a coordinated disclosure section.', evidence);
    const elsewhere = siPolicy.state === 'absent' ? externalPolicyLinks(facts) : [];
    if (elsewhere.length > 0)
        return attested(elsewhere, EXTERNAL_POLICY_REMEDIATION);
    return fail(evidence, 'Add a coordinated vulnerability disclosure policy to SECURITY.md: how to report privately, what happens next, and a clear response timeframe (for example "acknowledged within 3 business days, fixed or disclosed within 90 days"); link it from Security Insights project.vulnerability-reporting.policy.');
}
function firstOf(facts, fields, what) {
    const all = fields.map((f) => declaration(facts, f, what));
    return all.find((d) => d.state === 'in-repo') ?? all.find((d) => d.state === 'declared') ?? all.find((d) => d.state === 'broken-link') ?? all.find((d) => d.state === 'negative') ?? all.find((d) => d.state === 'unknown') ?? { state: 'absent' };
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-02-01.ts
// OSPS-VM-02.01: Security contacts.
// An e-mail address, a link to private vulnerability reporting or to a disclosure platform's
// reporting page (Tidelift, HackerOne, ...) in the security policy or in a section of the README
// or the contribution guide on reporting security issues, a
// reachable contact in Security Insights `project.vulnerability-reporting.contact`, or a contact
// section of SECURITY.md that names how to reach the project in words (not GitHub's unfilled
// template) passes. A policy kept outside the repository, or the owner's default SECURITY.md
// (.github repository) when the repository has none, is attested.








/** GitHub's private reporting form. */
const REPORT_FORM = /\/security\/advisories\/new\/?$/i;
/**
 * The advisories list (where the form's button is), the policy page or the repository's Security tab
 * itself: a contact only where the line says to report there; urllib3 links the list as where it
 * publishes, phoenix the tab both as where advisories are published and, privately, to disclose.
 */
const ADVISORY_PAGE = /\/security\/advisories\/?$|\/security\/policy\/?$|^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/security\/?$/i;
const REPORT_WORDS = /\breport|\b(?:privately|confidentially|responsibly|please) disclos|\bdisclos\w* (?:\S+ ){0,6}?(?:privately|confidentially|responsibly)\b/i;
const CONTACT_HEADING = /contact|report(ing)? (a )?(security|vulnerabilit)|security (team|contacts?|response)|disclos/i;
/**
 * A means of reaching the project named in words (the section has no address or reporting link):
 * an e-mail, a private report or draft advisory, the Security tab's button, a bug-bounty platform,
 * a chat, a handle. A "Disclosure" section that only says what happens after a report names none.
 */
const CONTACT_MEANS = /\be-?mail\b|\bmail (?:to|us)\b|\b(?:private(?:ly)?|confidential(?:ly)?) (?:report|disclos|vulnerability report|security advisor)\w*|\breport a vulnerability\b|\bsecurity tab\b|\bdraft (?:a |the )?(?:github )?(?:security )?advisory\b|\b(?:contact|reach|write to|message) (?:us|me|the|our|a|an|any)\b|\b(?:hackerone|bugcrowd|huntr|intigriti|yeswehack)\b|\b(?:slack|discord|matrix|keybase|signal)\b|(?:^|\s)@[A-Za-z0-9][\w-]{0,38}\b/i;
const osps_vm_02_01_id = 'OSPS-VM-02.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_02_01_whileActive = true;
function osps_vm_02_01_evaluate(facts) {
    const policies = documents_documentsOf(facts.documents, 'security');
    const contacts = [];
    /** The addresses and reporting links of a policy, or of a section (`where` names it in the evidence). */
    const contactsIn = (path, o, emails, links, where = '') => {
        for (const e of emails)
            contacts.push(fileEvidence(path, `security contact e-mail address ${e.address}${where}`, e.line, e.column));
        for (const l of links) {
            if (l.target.startsWith('mailto:'))
                continue; // counted as an e-mail above
            if (REPORT_FORM.test(l.target) || (ADVISORY_PAGE.test(l.target) && (REPORT_WORDS.test(l.text) || REPORT_WORDS.test(o.proseBefore(l.line, l.column, 160)))))
                contacts.push(fileEvidence(path, `link to private vulnerability reporting${where}`, l.line, l.column));
            else {
                const platform = platformEvidence(path, l);
                if (platform)
                    contacts.push(platform);
            }
        }
    };
    for (const doc of policies)
        if (doc.outline)
            contactsIn(doc.path, doc.outline, contactEmails(doc), doc.outline.links);
    // Where the security policy names none, a README or contribution-guide section may (composer's).
    if (contacts.length === 0)
        for (const r of reportingSections(facts))
            contactsIn(r.doc.path, r.outline, r.emails, r.links, ` ${r.where}`);
    const si = insightsContact(facts);
    if (contacts.length > 0)
        return pass(capEvidence(scans_dedupe([...contacts, ...(si.reachable ? [si.reachable] : [])])));
    if (si.reachable)
        return pass([si.reachable]);
    const real = findSectionWhere(facts, ['security'], (h) => CONTACT_HEADING.test(h.text) && CONTACT_MEANS.test(h.body), 60);
    if (real)
        return pass([sectionEvidence(real, 'security contact section that names how to reach the project')]);
    const section = templateSectionWhere(facts, ['security'], (h) => CONTACT_HEADING.test(h.text));
    const evidence = policies.length > 0
        ? policies.map((d) => fileEvidence(d.path, d.unreadable ? `security policy cannot be read (${d.unreadable})` : 'security policy names no contact: no e-mail address or reporting link', 1))
        : [{ kind: 'note', detail: 'no SECURITY.md at the root, in .github/ or in docs/' }];
    if (section)
        evidence.push(sectionEvidence(section, section.heading.template ?? 'template text, not filled in'));
    if (si.unreachable)
        evidence.push(si.unreachable);
    if (si.unknownReason)
        return unknown(`the Security Insights project section could not be read (${si.unknownReason}), and the repository's security policy names no contact`, 'Name a security contact in SECURITY.md, or make the parent Security Insights file (header.project-si-source) reachable.', evidence);
    const elsewhere = externalPolicyLinks(facts);
    if (elsewhere.length > 0 && !section)
        return attested([...elsewhere, ...(si.unreachable ? [si.unreachable] : [])], EXTERNAL_POLICY_REMEDIATION);
    // No policy of its own: GitHub shows the owner's default SECURITY.md, whose text is not read here.
    const inherited = policies.length === 0 ? orgDefaults(facts, /^(\.github\/|docs\/)?security(\.md|\.rst|\.txt)?$/i, 'security policy') : [];
    if (inherited.length > 0)
        return attested([inherited[0].evidence], 'Check that the organization\'s SECURITY.md names a security contact for this repository, or add SECURITY.md here.');
    return fail(evidence, `Add SECURITY.md naming who to contact about vulnerabilities: a security e-mail address, or a link to the repository's private vulnerability reporting form; or fill project.vulnerability-reporting.contact (name and email) in ${insightsFile(facts)}.`);
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-03-01.ts




const PVR_LINK = /\/security\/advisories\/new\/?$/i;
const osps_vm_03_01_id = 'OSPS-VM-03.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_03_01_whileActive = true;
function osps_vm_03_01_evaluate(facts) {
    const docs = policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy']);
    const ra = reportsAccepted(facts);
    const pvr = facts.github.privateVulnerabilityReporting;
    const base = repoUrl(facts);
    const means = [];
    const pvrLinks = [];
    /** The private channels of a policy, or of a section (`where` names it in the evidence). */
    const channelsIn = (path, emails, links, where = '') => {
        for (const e of emails)
            means.push(fileEvidence(path, `private reporting by e-mail to ${e.address}${where}`, e.line, e.column));
        for (const l of links) {
            if (l.target.startsWith('mailto:'))
                continue;
            if (PVR_LINK.test(l.target))
                pvrLinks.push(fileEvidence(path, `link to the private vulnerability reporting form${where}`, l.line, l.column));
            else {
                const platform = platformEvidence(path, l);
                if (platform)
                    means.push(platform);
            }
        }
    };
    for (const d of docs)
        channelsIn(d.path, contactEmails({ path: d.path, role: 'security', kind: 'project', outline: d.outline }), d.outline.links);
    // Where the security policy names none, a README or contribution-guide section may (composer's).
    if (means.length === 0)
        for (const r of reportingSections(facts))
            channelsIn(r.doc.path, r.emails, r.links, ` ${r.where}`);
    const contact = insightsContact(facts);
    if (contact.email && contact.reachable)
        means.push({ ...contact.reachable, detail: `${contact.reachable.detail} for private reports` });
    const pvrEvidence = pvr.state === 'ok'
        ? { kind: 'api', ...(base ? { url: `${base}/security/advisories/new` } : {}), detail: `private vulnerability reporting is ${pvr.data.enabled ? 'enabled' : 'disabled'} (${pvr.source.endpoint})` }
        : null;
    // The project's own declaration that it takes no reports contradicts any channel it documents.
    if (ra && !ra.value) {
        const contradicted = [...means, ...pvrLinks, ...(pvrEvidence && pvr.state === 'ok' && pvr.data.enabled ? [pvrEvidence] : [])];
        return fail(capEvidence([{ ...ra.evidence, detail: `${ra.evidence.detail}: the project says it does not accept vulnerability reports${contradicted.length ? ', contradicting the reporting channels below' : ''}` }, ...contradicted]), `Set ${VR}.reports-accepted to true in Security Insights if the channels in SECURITY.md are meant to be used; otherwise provide a private reporting channel and update both.`);
    }
    if (pvr.state === 'ok' && pvr.data.enabled && pvrEvidence)
        means.push(pvrEvidence, ...pvrLinks);
    if (means.length > 0) {
        if (ra?.value)
            means.push(ra.evidence);
        return pass(capEvidence(scans_dedupe(means)));
    }
    const evidence = [];
    if (pvrEvidence)
        evidence.push(pvrEvidence);
    if (pvr.state === 'ok' && !pvr.data.enabled)
        evidence.push(...pvrLinks.map((e) => ({ ...e, detail: `${e.detail}, but private vulnerability reporting is disabled, so the form does not exist` })));
    if (contact.unreachable)
        evidence.push(contact.unreachable);
    if (docs.length === 0)
        evidence.push({ kind: 'note', detail: 'no SECURITY.md at the root, in .github/ or in docs/' });
    else if (pvrLinks.length === 0)
        evidence.push(...docs.map((d) => fileEvidence(d.path, 'security policy gives no private channel: no e-mail address, no link to the private reporting form', 1)));
    const remediation = `Enable GitHub private vulnerability reporting (Settings \u2192 Security \u2192 Private vulnerability reporting) and link ${base ?? 'https://github.com/<owner>/<repo>'}/security/advisories/new from SECURITY.md, or give a security e-mail address there (and in Security Insights ${VR}.contact.email).`;
    if (pvr.state === 'unknown')
        return unknown(apiUnknownDetail(pvr, 'Whether private vulnerability reporting is enabled'), remediation, evidence);
    return fail(evidence, remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-04-01.ts
// OSPS-VM-04.01: Discovered vulnerabilities are published.
// Published GitHub security advisories (from the API), a "Security" section in the changelog or
// changelog entries naming fixed vulnerabilities by CVE or GHSA identifier pass. Else the
// mechanism is looked for: the security policy links an advisories list, has a section about
// advisories or announcements, or a sentence saying where vulnerabilities are
// published ("We publish a GitHub Security Advisory and request a CVE once a fix is released");
// reporting privately is not publishing. With nothing published yet, a stated mechanism is
// attested; a security policy that names none is unknown; no policy at all fails. Without the API,
// unknown (or attested with a mechanism).








const ADVISORY_LIST = /\/security\/advisories\/?$|\/security\/advisories\?|github\.com\/advisories|cve\.org|nvd\.nist\.gov|osv\.dev/i;
const PUBLISH_HEADING = /advisor(y|ies)|security (announcements?|bulletins?|notices?|releases?|updates?)|\bcves?\b|known vulnerabilit|published vulnerabilit|vulnerability (disclosures?|announcements?)|(past|previous) (vulnerabilit|issues)/i;
const CHANGELOG_SECURITY = /^(security|security fixes|security updates|security advisories|vulnerabilit(y|ies)( fixes| fixed)?)$/i;
/**
 * A sentence of the security policy saying where vulnerability data is published: a publishing verb
 * and a place (GitHub Security Advisories, CVE, an advisories page, OSV, a security announcement
 * list; release notes or the changelog only when the sentence is about vulnerabilities or security
 * fixes). "We publish a GitHub Security Advisory and request a CVE once a fix is released."
 */
const PUBLISH_VERB = String.raw `\b(?:publish\w*|announc\w*|disclos\w*|post(?:ed|ing)|list(?:ed|ing)|issu(?:ed|ing)|issues? (?:a|an|the)|(?<!pull )request(?:s|ed|ing)? (?:a|an|the)|assign(?:s|ed|ing)?|obtain\w*|document(?:ed|ing)|record(?:ed|ing)|credit(?:s|ed|ing)?)\b`;
const PUBLISH_PLACE = String.raw `\b(?:(?:github |repository |public )?security advisor(?:y|ies)|github advisor(?:y|ies)|advisor(?:y|ies) (?:page|database|feed)|ghsa|cves?|cve (?:ids?|numbers?|identifiers?|records?)|osv(?:\.dev)?|security (?:announcements?|announce|bulletins?|notices?) (?:list|mailing list|page|channel)?|security mailing list)\b`;
const RELEASE_NOTES_PLACE = String.raw `(?=.*\b(?:vulnerabilit\w*|security fix\w*|security issues?)\b)(?=.*\b(?:release notes|changelog)\b)`;
const PUBLISH_STATEMENT = new RegExp(`^(?=.*${PUBLISH_VERB})(?:(?=.*${PUBLISH_PLACE})|${RELEASE_NOTES_PLACE})`, 'i');
/** Reporting (privately, a draft advisory) is not publishing; "we do not publish advisories" neither. */
const PUBLISH_NOT = /\b(?:private(?:ly)?|draft|report(?:s|ed|ing)? (?:it|them|a|the|vulnerabilit\w*|security)|submit\w*)\b|\b(?:not|never|no)\s+(?:\w+\s+){0,2}(?:publish|announc|disclos|issu|request|assign|post|list)\w*|\b\w+n[\u2019']t\s+(?:\w+\s+){0,2}(?:publish|announc|disclos|issu|request|assign|post|list)\w*/i;
/** A CVE or GitHub advisory identifier. */
const VULNERABILITY_ID = /\bCVE-\d{4}-\d{4,7}\b|\bGHSA(?:-[0-9a-z]{4}){3}\b/i;
/**
 * Fixed vulnerabilities named by their CVE or advisory identifier in the changelog's entries
 * (express's History.md: "Security fix for CVE-2024-51999 (GHSA-pj86-cfqh-vqx6)"; composer's
 * "Security: Validate package names (GHSA-499r-g7pc-vmp9)"): published where users read releases.
 */
function namedInChangelog(facts) {
    const out = [];
    for (const doc of documents_documentsOf(facts.documents, 'changelog'))
        for (const h of (doc.outline?.headings ?? []).slice(0, MAX_HEADINGS_PER_DOC)) {
            const m = VULNERABILITY_ID.exec(h.body);
            if (m === null)
                continue;
            out.push(fileEvidence(doc.path, `fixed vulnerability ${m[0]} published in the changelog (section "${h.text.slice(0, 80)}")`, bodyLineOf(h, m[0])));
            if (out.length >= 3)
                return out;
        }
    return out;
}
const osps_vm_04_01_id = 'OSPS-VM-04.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_04_01_whileActive = true;
function osps_vm_04_01_evaluate(facts) {
    const adv = facts.github.securityAdvisories;
    const published = [];
    if (adv.state === 'ok')
        for (const a of adv.data.advisories)
            published.push({ kind: 'api', url: a.htmlUrl, detail: `published security advisory ${a.ghsaId}${a.cveId ? ` (${a.cveId})` : ''}${a.summary ? `: ${JSON.stringify(a.summary.slice(0, 100))}` : ''}` });
    for (const hit of security_policy_sectionsIn(facts, ['changelog'], (t) => CHANGELOG_SECURITY.test(t.trim()), 20))
        published.push(sectionEvidence(hit, 'security fixes published in the changelog'));
    if (published.length === 0)
        published.push(...namedInChangelog(facts));
    if (published.length > 0)
        return pass(capEvidence(published));
    const mechanism = [];
    for (const d of policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy']))
        for (const l of d.outline.links)
            if (ADVISORY_LIST.test(l.target))
                mechanism.push(fileEvidence(d.path, `says where vulnerabilities are published: ${l.target.slice(0, 120)}`, l.line, l.column));
    for (const hit of security_policy_sectionsIn(facts, ['security', 'docs', 'readme'], (t) => PUBLISH_HEADING.test(t), 40))
        mechanism.push(sectionEvidence(hit, 'says how discovered vulnerabilities are published'));
    for (const d of policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy'])) {
        const said = statementInDoc({ path: d.path, role: 'security', kind: 'project', outline: d.outline }, PUBLISH_STATEMENT, { reject: PUBLISH_NOT });
        if (said)
            mechanism.push(statementEvidence(said, 'says where vulnerabilities are published'));
    }
    const remediation = 'Publish each fixed vulnerability as a GitHub security advisory (with CVE, affected versions and mitigation), and state in SECURITY.md where advisories are published (for example a link to the repository\'s Security \u2192 Advisories page).';
    if (adv.state === 'ok') {
        const api = { kind: 'api', ...(repoUrl(facts) ? { url: `${repoUrl(facts)}/security/advisories` } : {}), detail: `no published security advisories (${adv.source.endpoint})` };
        if (mechanism.length > 0)
            return attested(capEvidence([...scans_dedupe(mechanism), api]), 'Nothing has been published yet; when a vulnerability is fixed, publish it there as the policy says.');
        const policies = policyDocs(facts, [`${VR}.policy`, 'repository.documentation.security-policy']);
        if (policies.length > 0)
            return unknown(`nothing has been published yet, and no heading, link or sentence in ${policies[0].path} says where vulnerabilities will be published`, remediation, [api, fileEvidence(policies[0].path, 'security policy without a link to where advisories are published', 1)]);
        return fail([api, { kind: 'note', detail: 'no published advisories, no security section in the changelog, and no SECURITY.md saying where vulnerabilities are published' }], remediation);
    }
    if (mechanism.length > 0)
        return attested(capEvidence([...scans_dedupe(mechanism), { kind: 'note', detail: apiUnknownDetail(adv, 'Published security advisories') }]), remediation);
    return unknown(apiUnknownDetail(adv, 'Published security advisories'), remediation, [{ kind: 'note', detail: 'no security section in the changelog, and SECURITY.md does not say where vulnerabilities are published' }]);
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-04-02.ts



const osps_vm_04_02_id = 'OSPS-VM-04.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_04_02_whileActive = true;
function osps_vm_04_02_evaluate(facts) {
    const found = facts.vex.documents.map((d) => fileEvidence(d.path, `${d.format} VEX document with ${d.statements} statement(s)`, 1));
    if (found.length > 0)
        return pass(capEvidence(found));
    const inRepo = [];
    const external = [];
    const broken = [];
    const f = insightsField(facts, 'repository.release.attestations');
    if (f && Array.isArray(f.value)) {
        f.value.forEach((entry, i) => {
            if (entry === null || typeof entry !== 'object')
                return;
            const e = entry;
            const text = [e['predicate-uri'], e.name, e.comment].filter((x) => typeof x === 'string').join(' ');
            if (!/\b(open)?vex\b|openvex|csaf/i.test(text))
                return;
            const field = `repository.release.attestations[${i}]`;
            const d = declaration(facts, `${field}.location`, 'VEX attestation');
            if (d.state === 'in-repo')
                inRepo.push(d.evidence);
            else if (d.state === 'declared')
                external.push({ ...d.evidence, ...(typeof e.location === 'string' ? { url: e.location } : {}) });
            else if (d.state === 'broken-link')
                broken.push(d.evidence);
        });
    }
    if (inRepo.length > 0)
        return pass(capEvidence(inRepo));
    if (external.length > 0)
        return attested(capEvidence(external), 'Commit the VEX document (for example vex/project.openvex.json) to the repository so that it can be checked.');
    const evidence = [...broken, ...facts.vex.rejected.slice(0, 10).map((r) => fileEvidence(r.path, `not a valid VEX document: ${r.reason}`))];
    if (facts.vex.sniffCapped)
        evidence.push({ kind: 'note', detail: 'some JSON files were not examined (too many); a VEX document among them would not have been seen' });
    if (evidence.length === 0)
        evidence.push({ kind: 'note', detail: 'no VEX document (OpenVEX, CycloneDX with analysis, CSAF VEX) in the repository and no VEX attestation in Security Insights repository.release.attestations' });
    return fail(evidence, 'Publish a VEX document that accounts for known vulnerabilities in dependencies that do not affect the project (for example an OpenVEX file such as vex/project.openvex.json, kept current by vexctl), and list it in Security Insights repository.release.attestations with predicate-uri https://openvex.dev/ns.');
}

;// CONCATENATED MODULE: ./src/rules/helpers/remediation-policy.ts



const DEP_WORD = /dependenc|third[- ]party|\bsca\b|software composition|supply[- ]chain|vulnerable (packages|libraries|components)|\blibrar(y|ies)\b|\bpackages?\b/i;
const THRESHOLD_WORD = /polic|remediat|vulnerab|threshold|\bslas?\b|triage|licen[cs]|severity|cve/i;
const GENERAL_DEP_POLICY = /dependenc\w* (management|updates?|policy|handling|maintenance)|managing dependencies|updating dependencies/i;
const DEP_POLICY_FIELD = 'repository.documentation.dependency-management-policy';
// Remediation policies stated in prose. A sentence counts when it sets a threshold or a gate
// (severities and a time limit, "before merge", "block the release") and is about the topic: it
// names dependencies / SCA (or static analysis for SAST) itself, or stands in a section whose
// heading does. "Critical and high findings in dependencies are fixed within 30 days"; "releases
// are blocked on known vulnerabilities"; "SAST findings of high severity must be fixed before merge".
// Best-effort wording, "not blocked" and "no formal SLA" are not policies.
const SEVERITY = String.raw `\b(?:critical|high|medium|moderate|low)(?:[- ]severity)?\b|\bseverit(?:y|ies)\b|\bcvss\b|\bthresholds?\b`;
const REMEDIATE = String.raw `\b(?:fix(?:ed|es|ing)?|remediat\w*|patch(?:ed|es|ing)?|address(?:ed|es|ing)?|resolv\w*|upgrad\w*|updat(?:e|ed|es|ing)|mitigat\w*|replac\w*|remov\w*)\b`;
const DEADLINE = String.raw `\bwithin\s+(?:\d+|one|two|three|five|seven|ten|fourteen|thirty|sixty|ninety)\b|\b(?:before|prior to)\s+(?:(?:the|a|any|each|every|next|it|they|is|are|can be|being)\s+)*(?:releas\w*|merg\w*|tag\w*|publish\w*|ship\w*|accepted)|\bblock(?:s|ed|ing)?\b|\bgat(?:e|ed|es|ing)\b|\bin the next (?:patch |minor |major )?releases?\b|\b(?:must|shall|need to|needs to|have to|has to|are required to|is required to) (?:be )?(?:\w+ )?(?:fixed|remediated|addressed|resolved|patched|upgraded|updated|mitigated|triaged)`;
const REMEDIATION_NOT = /\b(?:not|never|no)\s+(?:\w+\s+){0,2}(?:fix\w*|remediat\w*|address\w*|block\w*|gat\w*|requir\w*|guarantee\w*)|\b\w+n[\u2019']t\s+(?:\w+\s+){0,2}(?:fix\w*|remediat\w*|address\w*|block\w*|gat\w*|requir\w*|guarantee\w*)|\bbest[- ]effort\b|\bno (?:formal |fixed |set )?(?:policy|slas?|timelines?|thresholds?|deadlines?)\b|\bwhen (?:we|maintainers) (?:can|have time)\b|\boptional\b|\binformational\b/i;
/** A statement in prose: a sentence on the topic, or a sentence in a section about the topic. */
function proseStatement(facts, onTopic, inSection, section, reject) {
    return findStatementIn(facts, POLICY_ROLES, onTopic, { reject }) ?? findStatementIn(facts, POLICY_ROLES, inSection, { reject, heading: section });
}
function depPolicy(facts) {
    return declaration(facts, DEP_POLICY_FIELD, 'dependency management policy');
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-05-01.ts






const REMEDIATION_STATEMENT = new RegExp(`^(?=.*(?:${SEVERITY}))(?=.*${REMEDIATE})(?=.*(?:${DEADLINE}))`, 'i');
const DEP_PROSE = String.raw `dependenc|third[- ]party|\bsca\b|software composition|supply[- ]chain|vulnerable (?:packages|libraries|components|versions)|\blibrar(?:y|ies)\b|\bpackages?\b|dependabot|renovate|\b(?:npm|pnpm|yarn|pip|cargo|bundler) audit\b|osv-scanner|govulncheck|\bupstream\b`;
const DEP_STATEMENT = new RegExp(`^(?=.*(?:${DEP_PROSE}))${REMEDIATION_STATEMENT.source.slice(1)}`, 'i');
const DEP_SECTION = new RegExp(`${DEP_PROSE}|${GENERAL_DEP_POLICY.source}`, 'i');
const osps_vm_05_01_id = 'OSPS-VM-05.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_05_01_whileActive = true;
function osps_vm_05_01_evaluate(facts) {
    const strong = security_policy_sectionsIn(facts, POLICY_ROLES, (t) => (DEP_WORD.test(t) && THRESHOLD_WORD.test(t)) || /remediation (polic|thresholds?|slas?|timelines?)/i.test(t));
    if (strong.length > 0)
        return pass(capEvidence(strong.map((h) => sectionEvidence(h, 'policy for remediating findings in dependencies'))));
    const stated = proseStatement(facts, DEP_STATEMENT, REMEDIATION_STATEMENT, DEP_SECTION, REMEDIATION_NOT);
    if (stated)
        return pass([statementEvidence(stated, 'threshold for remediating findings in dependencies')]);
    const decl = depPolicy(facts);
    const remediation = 'Document a dependency remediation policy (for example a "Dependency vulnerability remediation" section in SECURITY.md or docs/dependency-policy.md): the severity thresholds and time limits for fixing vulnerable dependencies and the licenses that are not allowed, and how findings are triaged; link it from Security Insights repository.documentation.dependency-management-policy.';
    if (decl.state === 'in-repo' || decl.state === 'declared')
        return attested([decl.evidence], 'Make sure the dependency management policy states the remediation thresholds for vulnerability and license findings, under a heading that says so (for example "Vulnerability remediation").');
    const general = security_policy_sectionsIn(facts, POLICY_ROLES, (t) => GENERAL_DEP_POLICY.test(t));
    if (general.length > 0)
        return unknown(`a dependency policy section was found ("${general[0].heading.text}" in ${general[0].doc.path}), but neither its heading nor a sentence of its prose sets remediation thresholds (severities and time limits) for vulnerable dependencies`, remediation, general.slice(0, 5).map((h) => sectionEvidence(h, 'dependency policy section')));
    const evidence = decl.state === 'broken-link' || decl.state === 'negative' ? [decl.evidence] : [];
    evidence.push({ kind: 'note', detail: 'no dependency remediation policy: no section or sentence on remediating dependency vulnerabilities or licenses in SECURITY.md, CONTRIBUTING, governance or docs/, and no dependency-management-policy in Security Insights' });
    return fail(evidence, remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-05-02.ts






const osps_vm_05_02_RELEASE_WORD = /releas/i;
const SCA_RELEASE_WORD = /dependenc|\bsca\b|software composition|vulnerab|audit|security (scans?|checks?|review)/i;
/** Releases held back by known vulnerabilities or SCA findings: a release word, a finding word and a gate. */
const RELEASE_GATE = String.raw `\bblock\w*\b|\bgat(?:e|ed|es|ing)\b|\b(?:must|shall|need to|needs to|have to|has to|are required to|is required to|will) (?:be )?(?:\w+ )?(?:fixed|addressed|resolved|remediated|triaged|cleared|upgraded|patched|reviewed)\b|\bno releases?\b.{0,80}\b(?:while|until|with|if)\b|\b(?:not|never|cannot|can't|won't) (?:be )?(?:released|tagged|published|shipped|cut)\b|\bwithout (?:any )?(?:known|open|unresolved)\b`;
const SCA_FINDING = String.raw `vulnerab\w*|\bsca\b|software composition|\baudit\b|\badvisor(?:y|ies)\b|\bcves?\b|findings|dependabot alerts`;
const RELEASE_STATEMENT = new RegExp(`^(?=.*\\b(?:releas\\w*|tag(?:s|ged|ging)?|publish\\w*|ship\\w*)\\b)(?=.*(?:${SCA_FINDING}))(?=.*(?:${RELEASE_GATE}))`, 'i');
const RELEASE_NOT = /\b(?:not|never)\s+(?:\w+\s+){0,2}(?:block\w*|gat\w*|prevent\w*|stop\w*|hold\w*|wait\w*|delay\w*)|\b\w+n[\u2019']t\s+(?:\w+\s+){0,2}(?:block\w*|gat\w*|prevent\w*|stop\w*|hold\w*|wait\w*|delay\w*)|\bregardless\b|\boptional\b|\bbest[- ]effort\b|\bmay (?:still )?(?:be )?(?:released|shipped|published)/i;
const osps_vm_05_02_id = 'OSPS-VM-05.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_05_02_whileActive = true;
function osps_vm_05_02_evaluate(facts) {
    const hits = security_policy_sectionsIn(facts, POLICY_ROLES, (t) => osps_vm_05_02_RELEASE_WORD.test(t) && SCA_RELEASE_WORD.test(t), 40);
    if (hits.length > 0)
        return pass(capEvidence(hits.map((h) => sectionEvidence(h, 'policy for addressing dependency (SCA) findings before a release'))));
    const stated = findStatementIn(facts, POLICY_ROLES, RELEASE_STATEMENT, { reject: RELEASE_NOT });
    if (stated)
        return pass([statementEvidence(stated, 'SCA findings are addressed before a release')]);
    const remediation = 'Document that SCA findings (vulnerable or disallowed dependencies) must be addressed before any release, for example a "Dependency checks before release" section in the release process or SECURITY.md, and make the release workflow run the SCA tool as a gate.';
    const decl = depPolicy(facts);
    if (decl.state === 'in-repo' || decl.state === 'declared')
        return attested([decl.evidence], 'Make sure the dependency management policy says SCA findings are addressed before every release, under a heading that says so.');
    const policy = security_policy_sectionsIn(facts, POLICY_ROLES, (t) => (DEP_WORD.test(t) && THRESHOLD_WORD.test(t)) || GENERAL_DEP_POLICY.test(t));
    if (policy.length > 0)
        return unknown(`a dependency policy section was found ("${policy[0].heading.text}" in ${policy[0].doc.path}), but neither its heading nor a sentence of its prose says SCA findings are addressed before a release`, remediation, policy.slice(0, 5).map((h) => sectionEvidence(h, 'dependency policy section')));
    const evidence = decl.state === 'broken-link' || decl.state === 'negative' ? [decl.evidence] : [];
    evidence.push({ kind: 'note', detail: 'no policy on addressing SCA findings before a release: no such section or sentence in SECURITY.md, CONTRIBUTING, governance, the README or docs/' });
    return fail(evidence, remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-05-03.ts

const osps_vm_05_03_id = 'OSPS-VM-05.03';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_05_03_whileActive = true;
function osps_vm_05_03_evaluate(facts) {
    return perChange(facts, {
        detector: facts.workflows.detectors.dependencyChecks,
        siType: /\bsca\b|software composition|dependenc|vulnerab/i,
        what: 'dependency (SCA) scan',
        remediation: 'Add a workflow on pull_request that checks dependencies for known vulnerabilities and malicious packages (actions/dependency-review-action, osv-scanner, or your ecosystem\'s audit), require its status check before merging, and list the tool in Security Insights repository.security.tools with type SCA.',
    });
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-06-01.ts







const SAST_WORD = /\bsast\b|static (application security testing|analysis|code analysis)|code scanning|codeql|semgrep|security (scans?|scanning|testing|linting)/i;
// A heading alone must name a policy: "Code Scanning Alerts" or "SAST results" describe a tool's output
// (often in user documentation of a security tool), not how the project remediates its own findings.
const SAST_POLICY_WORD = /polic|remediat|threshold|triage|\bslas?\b|(handling|fixing|addressing|responding to) (of )?(the )?(findings|alerts)/i;
/** SAST: a threshold (severities, findings) with a remediation or a gate, about static analysis. */
const SAST_PROSE = String.raw `\bsast\b|static (?:application security testing|analysis|code analysis)|code scanning|codeql|semgrep|gosec|bandit|brakeman|security (?:scans?|scanning|linters?|linting)`;
const SAST_THRESHOLD = String.raw `${SEVERITY}|\bfindings?\b|\balerts?\b|\bwarnings?\b`;
const SAST_ACTION = String.raw `(?=.*${REMEDIATE}|.*\bdismiss\w*)(?=.*(?:${DEADLINE}|\bmust\b|\bshall\b|\brequired\b))|(?=.*\bblock(?:s|ed|ing)?\b)(?=.*\b(?:merg\w*|releas\w*|pull requests?)\b)`;
const SAST_STATEMENT = new RegExp(`^(?=.*(?:${SAST_PROSE}))(?=.*(?:${SAST_THRESHOLD}))(?:${SAST_ACTION})`, 'i');
const SAST_SECTION_STATEMENT = new RegExp(`^(?=.*(?:${SAST_THRESHOLD}))(?:${SAST_ACTION})`, 'i');
const SAST_NOT = new RegExp(`${REMEDIATION_NOT.source}|\\badvisory only\\b|\\bignored?\\b`, 'i');
const SAST_SECTION = new RegExp(SAST_WORD.source, 'i');
const osps_vm_06_01_id = 'OSPS-VM-06.01';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_06_01_whileActive = true;
function osps_vm_06_01_evaluate(facts) {
    const strong = security_policy_sectionsIn(facts, POLICY_ROLES, (t) => SAST_WORD.test(t) && SAST_POLICY_WORD.test(t));
    if (strong.length > 0)
        return pass(capEvidence(strong.map((h) => sectionEvidence(h, 'policy for remediating SAST findings'))));
    const stated = proseStatement(facts, SAST_STATEMENT, SAST_SECTION_STATEMENT, SAST_SECTION, SAST_NOT);
    if (stated)
        return pass([statementEvidence(stated, 'threshold for remediating SAST findings')]);
    const remediation = sectionAdvice(SAST_POLICY, '(or CONTRIBUTING.md) stating the SAST remediation policy: which severities block a merge or must be fixed within what time, how findings are triaged, and how false positives are suppressed');
    const general = security_policy_sectionsIn(facts, POLICY_ROLES, (t) => SAST_WORD.test(t));
    if (general.length > 0)
        return unknown(`a section on static analysis was found ("${general[0].heading.text}" in ${general[0].doc.path}), but neither its heading nor a sentence of its prose sets a remediation threshold for findings`, remediation, general.slice(0, 5).map((h) => sectionEvidence(h, 'static analysis section')));
    return fail([{ kind: 'note', detail: 'no SAST remediation policy: no section or sentence on static analysis findings in SECURITY.md, CONTRIBUTING, governance, the README or docs/' }], remediation);
}

;// CONCATENATED MODULE: ./src/rules/osps-vm-06-02.ts

const osps_vm_06_02_id = 'OSPS-VM-06.02';
/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
const osps_vm_06_02_whileActive = true;
function osps_vm_06_02_evaluate(facts) {
    return perChange(facts, {
        detector: facts.workflows.detectors.sast,
        siType: /\bsast\b|static/i,
        what: 'SAST scan',
        remediation: 'Add a workflow on pull_request that runs a SAST tool (github/codeql-action, semgrep, or your language\'s security linter), require its status check before merging, and list the tool in Security Insights repository.security.tools with type SAST.',
    });
}

;// CONCATENATED MODULE: ./src/rules/helpers/while-active.ts
// Repositories that are not active. Most Baseline requirements begin "While active": they do not
// apply to a repository that is no longer maintained. Security Insights repository.status takes
// repostatus.org values; 'active', 'WIP' (in development) and 'concept' (being designed) are active
// work, while 'inactive', 'abandoned', 'suspended', 'unsupported' and 'moved' say maintenance has
// stopped or moved away. A rule file declares `whileActive = true`; the registry applies the gate.


const NOT_ACTIVE = new Set(['inactive', 'abandoned', 'suspended', 'unsupported', 'moved']);
/**
 * Why a "While active" requirement does not apply: Security Insights says the repository is not
 * active. Null when it says nothing of the kind (or the file is absent, legacy or unreadable).
 */
function inactiveReason(facts) {
    const si = facts.securityInsights;
    if (!si.file || si.file.legacy)
        return null;
    const f = (0,security_insights/* siField */.Hy)(si, 'repository.status');
    if (!f || typeof f.value !== 'string')
        return null;
    const status = f.value.trim().toLowerCase();
    if (!NOT_ACTIVE.has(status))
        return null;
    return {
        detail: `the repository is not active (Security Insights repository.status is "${status}"), and this requirement applies only while a project is active`,
        evidence: (0,security_insights/* siEvidence */.m_)(si, 'repository.status', `Security Insights declares the repository status "${f.value.trim().slice(0, 40)}"`),
    };
}
/** Not applicable when the repository is not active; null otherwise (the rule then decides). */
function while_active_whileActive(facts) {
    const r = inactiveReason(facts);
    return r ? notApplicable(r.detail, [r.evidence]) : null;
}

;// CONCATENATED MODULE: ./src/rules/index.ts
// The registry: every rule, one file per OSPS Baseline requirement
// (src/rules/osps-<family>-<nn>-<nn>.ts), sorted by requirement ID. Each rule file exports `id`,
// `evaluate(facts)` and, when the requirement begins "While active", `whileActive = true`.
// Requirements without a rule are reported unknown, never guessed. To add a requirement: its rule
// file, its import and entry below, its catalog line and a fixture folder (CONTRIBUTING.md).

































































const ALL = [
    osps_ac_01_01_namespaceObject,
    osps_ac_02_01_namespaceObject,
    osps_ac_03_01_namespaceObject,
    osps_ac_03_02_namespaceObject,
    osps_ac_04_01_namespaceObject,
    osps_ac_04_02_namespaceObject,
    osps_br_01_01_namespaceObject,
    osps_br_01_03_namespaceObject,
    osps_br_01_04_namespaceObject,
    osps_br_02_01_namespaceObject,
    osps_br_02_02_namespaceObject,
    osps_br_03_01_namespaceObject,
    osps_br_03_02_namespaceObject,
    osps_br_04_01_namespaceObject,
    osps_br_05_01_namespaceObject,
    osps_br_06_01_namespaceObject,
    osps_br_07_01_namespaceObject,
    osps_br_07_02_namespaceObject,
    osps_do_01_01_namespaceObject,
    osps_do_02_01_namespaceObject,
    osps_do_03_01_namespaceObject,
    osps_do_03_02_namespaceObject,
    osps_do_04_01_namespaceObject,
    osps_do_05_01_namespaceObject,
    osps_do_06_01_namespaceObject,
    osps_do_07_01_namespaceObject,
    osps_gv_01_01_namespaceObject,
    osps_gv_01_02_namespaceObject,
    osps_gv_02_01_namespaceObject,
    osps_gv_03_01_namespaceObject,
    osps_gv_03_02_namespaceObject,
    osps_gv_04_01_namespaceObject,
    osps_le_01_01_namespaceObject,
    osps_le_02_01_namespaceObject,
    osps_le_02_02_namespaceObject,
    osps_le_03_01_namespaceObject,
    osps_le_03_02_namespaceObject,
    osps_qa_01_01_namespaceObject,
    osps_qa_01_02_namespaceObject,
    osps_qa_02_01_namespaceObject,
    osps_qa_02_02_namespaceObject,
    osps_qa_03_01_namespaceObject,
    osps_qa_04_01_namespaceObject,
    osps_qa_04_02_namespaceObject,
    osps_qa_05_01_namespaceObject,
    osps_qa_05_02_namespaceObject,
    osps_qa_06_01_namespaceObject,
    osps_qa_06_02_namespaceObject,
    osps_qa_06_03_namespaceObject,
    osps_qa_07_01_namespaceObject,
    osps_sa_01_01_namespaceObject,
    osps_sa_02_01_namespaceObject,
    osps_sa_03_01_namespaceObject,
    osps_sa_03_02_namespaceObject,
    osps_vm_01_01_namespaceObject,
    osps_vm_02_01_namespaceObject,
    osps_vm_03_01_namespaceObject,
    osps_vm_04_01_namespaceObject,
    osps_vm_04_02_namespaceObject,
    osps_vm_05_01_namespaceObject,
    osps_vm_05_02_namespaceObject,
    osps_vm_05_03_namespaceObject,
    osps_vm_06_01_namespaceObject,
    osps_vm_06_02_namespaceObject,
];
/** Requirements whose text begins "While active" in OSPS Baseline v2026.02.19, as their rule files declare. */
const WHILE_ACTIVE = new Set(ALL.filter((r) => r.whileActive).map((r) => r.id));
/** A "While active" requirement is not applicable once Security Insights says the repository is not active. */
function whileActiveGate(rule) {
    if (!rule.whileActive)
        return rule;
    return { id: rule.id, whileActive: true, evaluate: (facts) => while_active_whileActive(facts) ?? rule.evaluate(facts) };
}
const RULES = ALL.map(whileActiveGate);
const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

;// CONCATENATED MODULE: ./src/model/evidence.ts
// The shared vocabulary of the result: a status and the evidence a person can follow. Facts build
// evidence, rules and objectives attach it to a status, reporters print it; so it lives below them all.
const STATUSES = ['pass', 'fail', 'attested', 'unknown', 'not-applicable'];

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/result/anchor.ts
/** What the fix adds when its place does not exist, in the words the remediation uses. */
const TO_CREATE = {
    security: 'SECURITY.md',
    insights: 'security-insights.yml',
    workflow: 'a workflow under .github/workflows/',
    'release-workflow': 'a release workflow under .github/workflows/',
    contributing: 'CONTRIBUTING.md',
    governance: 'GOVERNANCE.md',
    maintainers: 'MAINTAINERS.md',
    license: 'LICENSE',
    readme: 'README.md',
    support: 'SUPPORT.md',
    changelog: 'CHANGELOG.md',
    'issue-template': '.github/ISSUE_TEMPLATE/bug_report.yml',
    manifest: 'a dependency manifest (package.json, go.mod, requirements.txt, ...)',
    assessment: 'docs/security/self-assessment.md',
    vex: 'a VEX document (for example vex/project.openvex.json)',
};
/**
 * Per requirement: the places its fix may go, the one the remediation names to create first (none
 * when the fix is a setting, not a file), then the closest places to show it on when none exists.
 * The README and then any root file come last for every requirement.
 */
const PLACES = {
    'OSPS-AC-01.01': { fix: [], near: ['security', 'governance', 'insights'] },
    'OSPS-AC-02.01': { fix: [], near: ['governance', 'contributing', 'security'] },
    'OSPS-AC-03.01': { fix: [], near: ['contributing', 'governance', 'insights'] },
    'OSPS-AC-03.02': { fix: [], near: ['contributing', 'governance', 'insights'] },
    'OSPS-AC-04.01': { fix: ['workflow'], near: [] },
    'OSPS-AC-04.02': { fix: ['workflow'], near: [] },
    'OSPS-BR-01.01': { fix: ['workflow'], near: [] },
    'OSPS-BR-01.03': { fix: ['workflow'], near: [] },
    'OSPS-BR-01.04': { fix: ['workflow'], near: [] },
    'OSPS-BR-02.01': { fix: ['release-workflow'], near: ['workflow', 'changelog', 'insights'] },
    'OSPS-BR-02.02': { fix: ['release-workflow'], near: ['workflow', 'insights'] },
    'OSPS-BR-03.01': { fix: ['insights'], near: [] },
    'OSPS-BR-03.02': { fix: ['insights'], near: [] },
    'OSPS-BR-04.01': { fix: ['changelog'], near: ['insights'] },
    'OSPS-BR-05.01': { fix: ['manifest'], near: ['workflow'] },
    'OSPS-BR-06.01': { fix: ['release-workflow'], near: ['workflow', 'insights'] },
    'OSPS-BR-07.01': { fix: [], near: ['security', 'contributing'] },
    'OSPS-BR-07.02': { fix: ['security', 'contributing'], near: [] },
    'OSPS-DO-01.01': { fix: ['readme'], near: [] },
    'OSPS-DO-02.01': { fix: ['issue-template', 'contributing'], near: [] },
    'OSPS-DO-03.01': { fix: ['readme'], near: ['security'] },
    'OSPS-DO-03.02': { fix: ['readme'], near: ['security'] },
    'OSPS-DO-04.01': { fix: ['support', 'security'], near: [] },
    'OSPS-DO-05.01': { fix: ['support', 'security'], near: [] },
    'OSPS-DO-06.01': { fix: ['contributing'], near: ['security'] },
    'OSPS-DO-07.01': { fix: ['contributing'], near: [] },
    'OSPS-GV-01.01': { fix: ['maintainers', 'governance'], near: ['contributing'] },
    'OSPS-GV-01.02': { fix: ['governance'], near: ['maintainers', 'contributing'] },
    'OSPS-GV-02.01': { fix: [], near: ['contributing', 'support'] },
    'OSPS-GV-03.01': { fix: ['contributing'], near: [] },
    'OSPS-GV-03.02': { fix: ['contributing'], near: [] },
    'OSPS-GV-04.01': { fix: ['governance'], near: ['maintainers', 'contributing'] },
    'OSPS-LE-01.01': { fix: ['contributing'], near: [] },
    'OSPS-LE-02.01': { fix: ['license'], near: [] },
    'OSPS-LE-02.02': { fix: ['license'], near: ['insights'] },
    'OSPS-LE-03.01': { fix: ['license'], near: [] },
    'OSPS-LE-03.02': { fix: ['license'], near: ['release-workflow'] },
    'OSPS-QA-01.01': { fix: [], near: ['insights'] },
    'OSPS-QA-01.02': { fix: [], near: ['insights'] },
    'OSPS-QA-02.01': { fix: ['manifest'], near: [] },
    'OSPS-QA-02.02': { fix: ['release-workflow'], near: ['workflow'] },
    'OSPS-QA-03.01': { fix: [], near: ['workflow', 'contributing'] },
    'OSPS-QA-04.01': { fix: ['insights'], near: [] },
    'OSPS-QA-04.02': { fix: ['insights'], near: [] },
    'OSPS-QA-05.01': { fix: [], near: [] },
    'OSPS-QA-05.02': { fix: [], near: [] },
    'OSPS-QA-06.01': { fix: ['workflow'], near: [] },
    'OSPS-QA-06.02': { fix: ['contributing'], near: [] },
    'OSPS-QA-06.03': { fix: ['contributing'], near: [] },
    'OSPS-QA-07.01': { fix: [], near: ['contributing', 'governance'] },
    'OSPS-SA-01.01': { fix: ['assessment'], near: ['security', 'insights'] },
    'OSPS-SA-02.01': { fix: ['readme'], near: [] },
    'OSPS-SA-03.01': { fix: ['assessment'], near: ['security', 'insights'] },
    'OSPS-SA-03.02': { fix: ['assessment'], near: ['security', 'insights'] },
    'OSPS-VM-01.01': { fix: ['security'], near: ['insights'] },
    'OSPS-VM-02.01': { fix: ['security'], near: ['insights'] },
    'OSPS-VM-03.01': { fix: ['security'], near: ['insights'] },
    'OSPS-VM-04.01': { fix: ['security'], near: ['changelog'] },
    'OSPS-VM-04.02': { fix: ['vex'], near: ['insights', 'security'] },
    'OSPS-VM-05.01': { fix: ['security', 'contributing'], near: [] },
    'OSPS-VM-05.02': { fix: ['security', 'contributing'], near: [] },
    'OSPS-VM-05.03': { fix: ['workflow'], near: ['security'] },
    'OSPS-VM-06.01': { fix: ['security', 'contributing'], near: [] },
    'OSPS-VM-06.02': { fix: ['workflow'], near: ['security'] },
};
/** Families for ids this table does not list (a later catalog): where such fixes usually go. */
const BY_FAMILY = { AC: 'governance', BR: 'workflow', DO: 'readme', GV: 'governance', LE: 'license', QA: 'workflow', SA: 'assessment', VM: 'security' };
const RELEASE_WORKFLOW = /(^|[/_-])(release|publish|deploy|goreleaser|cd)[^/]*\.ya?ml$/i;
/** The file of a place in this repository, or null when the project has none. */
function fileOf(place, facts) {
    const role = (r) => facts.documents.roles[r]?.[0] ?? null;
    switch (place) {
        case 'security':
        case 'contributing':
        case 'governance':
        case 'support':
        case 'changelog':
        case 'issue-template':
            return role(place);
        case 'readme':
            return facts.documents.roles.readme?.find((p) => !p.includes('/')) ?? null;
        case 'maintainers':
            return role('maintainers') ?? role('codeowners');
        case 'insights':
            return facts.securityInsights.file?.path ?? null;
        case 'workflow':
            return facts.workflows.workflows.find((w) => w.valid)?.path ?? facts.workflows.workflows[0]?.path ?? null;
        case 'release-workflow':
            return facts.workflows.workflows.find((w) => RELEASE_WORKFLOW.test(w.path))?.path ?? null;
        case 'license':
            return facts.license.files.find((f) => f.atRoot)?.path ?? null;
        case 'manifest':
            return facts.dependencies.manifests[0]?.path ?? null;
        case 'assessment':
            return facts.assessment.selfAssessments.find((d) => !d.unreadable)?.path ?? null;
        case 'vex':
            return facts.vex.documents[0]?.path ?? null;
    }
}
/** A place for the alert when nothing else fits: the README at the root, else the first root file. */
function lastResort(facts) {
    const readme = fileOf('readme', facts);
    if (readme)
        return readme;
    const rootFile = facts.files.find((f) => !f.path.includes('/') && f.kind !== 'submodule' && f.kind !== 'symlink');
    return rootFile?.path ?? facts.files[0]?.path ?? null;
}
/**
 * Where a requirement's repository-level finding is shown: the file its fix touches when the
 * project has it; otherwise the closest existing file, with `create` naming the file the fix adds.
 * Undefined only for a tree without a single file. `files` is the listed paths, as buildResult
 * makes them once for every control.
 */
function fixLocation(id, family, facts, files) {
    const fallback = BY_FAMILY[family];
    const spec = PLACES[id] ?? { fix: fallback ? [fallback] : [], near: [] };
    const existing = (p) => {
        const f = fileOf(p, facts);
        return f && files.has(f) ? f : null;
    };
    for (const p of spec.fix) {
        const here = existing(p);
        if (here)
            return { path: here, line: 1 };
    }
    let path = null;
    for (const p of spec.near) {
        path = existing(p);
        if (path)
            break;
    }
    path ??= lastResort(facts);
    if (!path)
        return undefined;
    const loc = { path, line: 1 };
    if (spec.fix.length > 0)
        loc.create = TO_CREATE[spec.fix[0]];
    return loc;
}

;// CONCATENATED MODULE: ./src/result/types.ts
/** 1.1.0 added `hubComparison` and `location.create`. */
const RESULT_SCHEMA_VERSION = '1.1.0';

;// CONCATENATED MODULE: ./src/result/build.ts
// Facts + rules -> the result document. The only place that decides which requirements apply.








function buildResult(facts, options) {
    const fileSet = new Set(facts.files.map((f) => f.path));
    const controls = (0,catalog/* requirementsAt */.Gw)(options.level).map((req) => {
        const outcome = runRule(req.id, facts);
        const c = {
            id: req.id,
            family: req.family,
            level: req.level,
            title: req.title,
            status: outcome.status,
            evidence: outcome.evidence,
            helpUri: (0,catalog/* helpUrl */.xR)(req.id),
        };
        if (outcome.remediation && outcome.status !== 'pass')
            c.remediation = outcome.remediation;
        const loc = locate(outcome, fileSet) ?? fixLocation(req.id, req.family, facts, fileSet);
        if (loc)
            c.location = loc;
        return c;
    });
    const { objectives, nextStep, hubComparison } = evaluateObjectives(facts, controls, options.level);
    return {
        schemaVersion: RESULT_SCHEMA_VERSION,
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr, informationUri: version/* TOOL_URI */.qH },
        subject: { repository: facts.context.repository, commit: facts.git.commit, ref: facts.git.ref },
        generatedAt: (options.now ?? new Date()).toISOString(),
        catalog: { id: catalog/* CATALOG_ID */.Kc, version: catalog/* CATALOG_VERSION */.$i },
        level: options.level,
        levelSource: options.levelSource ?? 'input',
        run: { offline: facts.context.offline, hasToken: facts.context.hasToken },
        controls,
        summary: summarize(controls, options.level),
        objectives,
        nextStep,
        hubComparison,
        securityInsights: securityInsightsSummary(facts),
        findings: extraFindings(facts),
        notes: resultNotes(facts),
    };
}
// The result keeps every item a report can name ("N more in the result file"), up to bounds that only a
// hostile tree reaches; a list cut there says so in the notes, with how many there were.
const MAX_NOTES = 2000;
const build_MAX_DIAGNOSTICS = 2000;
const build_MAX_FINDINGS = 5000;
function resultNotes(facts) {
    const notes = facts.notes.slice(0, MAX_NOTES).map((n) => ({ path: n.path, detail: n.detail }));
    if (facts.notes.length > MAX_NOTES)
        notes.push({ path: '.', detail: `${facts.notes.length - MAX_NOTES} more notes not kept in this result (the first ${MAX_NOTES} of ${facts.notes.length} are)` });
    const diagnostics = facts.securityInsights.diagnostics.length;
    if (facts.securityInsights.file && diagnostics > build_MAX_DIAGNOSTICS)
        notes.push({ path: facts.securityInsights.file.path, detail: `${diagnostics - build_MAX_DIAGNOSTICS} more Security Insights diagnostics not kept in this result (the first ${build_MAX_DIAGNOSTICS} of ${diagnostics} are)` });
    const findings = facts.workflows.findings.filter((f) => f.requirement === null).length;
    if (findings > build_MAX_FINDINGS)
        notes.push({ path: '.github/workflows', detail: `${findings - build_MAX_FINDINGS} more hardening findings not kept in this result (the first ${build_MAX_FINDINGS} of ${findings} are)` });
    return notes;
}
function runRule(id, facts) {
    const rule = RULES_BY_ID.get(id);
    if (!rule)
        return { status: 'unknown', evidence: [{ kind: 'note', detail: 'not evaluated yet: this version has no check for it' }] };
    const tracked = trackGaps(facts);
    try {
        return withGaps(rule.evaluate(tracked.facts), tracked.read());
    }
    catch (e) {
        // A rule bug must not sink the run; say so honestly.
        return { status: 'unknown', evidence: [{ kind: 'note', detail: `the check failed internally: ${e instanceof Error ? e.message : String(e)}` }] };
    }
}
/**
 * A rule's outcome given the gaps in the facts it read: any verdict resting on a fact never read
 * is unknown (its evidence came from placeholder data); a pass or not-applicable resting on a
 * fact whose absences prove nothing is unknown, with its evidence kept.
 */
function withGaps(outcome, gaps) {
    if (gaps.length === 0)
        return outcome;
    const unread = gaps.filter((g) => g.kind === 'unread');
    if (unread.length > 0)
        return { status: 'unknown', evidence: [{ kind: 'note', detail: `not decided: ${gapReasons(unread)}` }], ...(outcome.remediation ? { remediation: outcome.remediation } : {}) };
    if (outcome.status !== 'pass' && outcome.status !== 'not-applicable')
        return outcome;
    return { status: 'unknown', evidence: [...outcome.evidence, { kind: 'note', detail: `not decided: ${gapReasons(gaps)}` }], ...(outcome.remediation ? { remediation: outcome.remediation } : {}) };
}
function summarize(controls, level) {
    return catalog/* LEVELS */.A_.filter((l) => l <= level).map((l) => {
        const s = { level: l, total: 0 };
        for (const st of STATUSES)
            s[st] = 0;
        for (const c of controls) {
            if (c.level > l)
                continue;
            s.total++;
            s[c.status]++;
        }
        return s;
    });
}
/** Where the evidence points, when it names a file of the tree; else fixLocation() decides (anchor.ts). */
function locate(outcome, files) {
    for (const e of outcome.evidence) {
        if (e.path && files.has(e.path)) {
            const loc = { path: e.path, line: e.line ?? 1 };
            if (e.column !== undefined)
                loc.column = e.column;
            return loc;
        }
    }
    return undefined;
}
function securityInsightsSummary(facts) {
    const si = facts.securityInsights;
    if (!si.file)
        return null;
    return {
        path: si.file.path,
        schemaVersion: si.file.schemaVersion,
        valid: si.file.valid,
        legacy: si.file.legacy,
        diagnostics: si.diagnostics.slice(0, build_MAX_DIAGNOSTICS).map((d) => {
            const out = { severity: d.severity, message: d.message, path: d.path, line: d.line, column: d.column };
            if (d.field)
                out.field = d.field;
            return out;
        }),
    };
}
/** Workflow findings that no requirement covers: today, actions not pinned to a full commit SHA. */
function extraFindings(facts) {
    const out = [];
    for (const f of facts.workflows.findings) {
        if (f.requirement !== null)
            continue;
        out.push({ id: `workflow/${f.kind}`, severity: f.severity, path: f.path, line: f.line, column: f.column, message: f.message });
        if (out.length >= build_MAX_FINDINGS)
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine.ts




async function engine_evaluate(path, options) {
    const { facts, snapshot } = await gatherFacts(path, options);
    const loaded = loadConfig(snapshot);
    const { level, source } = resolveLevel(options.level, loaded.config);
    // Configuration problems are shown where repository-reading problems are.
    for (const d of loaded.diagnostics)
        facts.notes.push({ path: loaded.path ?? '.', detail: `${d.line > 0 ? `line ${d.line}, column ${d.column}: ` : ''}${d.severity}: ${d.message}` });
    const result = buildResult(facts, { level, levelSource: source, now: options.now });
    return { result, facts, warnings: runWarnings(facts), nameBytes: (p) => snapshot.nameBytes(p) };
}


/***/ }),

/***/ 6763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v3: () => (/* binding */ scrubToken),
/* harmony export */   yS: () => (/* binding */ createApiClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_TIMEOUT_MS, DEFAULT_MAX_RESPONSE_BYTES */
/* harmony import */ var _read_capped_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9169);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3928);
// One careful GET against the GitHub REST API: a timeout per attempt, a cap on the body size,
// retries with backoff on server errors, network errors and secondary rate limits, and a
// classification of every failure into a short, honest reason. Octokit (from @actions/github)
// builds URLs and headers (auth, user agent, API version, proxy-aware fetch); our fetch wrapper
// sees the raw response so that nothing it does can read an unbounded body.


const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 20_000 };
const silentLog = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
async function createApiClient(options) {
    const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    const maxBytes = positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES);
    const retry = {
        attempts: Math.max(1, Math.floor(positive(options.retry?.attempts, DEFAULT_RETRY.attempts))),
        baseDelayMs: nonNegative(options.retry?.baseDelayMs, DEFAULT_RETRY.baseDelayMs),
        maxDelayMs: nonNegative(options.retry?.maxDelayMs, DEFAULT_RETRY.maxDelayMs),
    };
    const token = options.token;
    const stop = options.signal;
    const scrub = (text) => scrubToken(text, token);
    const stopped = { ok: false, kind: 'timeout', reason: "not answered before the run's time limit" };
    // Loaded lazily: the CLI must start fast and the bundle should not pay for it when offline.
    const github = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const utils = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 8665));
    const defaultFetch = utils.defaults.request?.fetch;
    const innerFetch = defaultFetch ?? ((url, init) => globalThis.fetch(url, init));
    const octokit = github.getOctokit(token, { baseUrl: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .trimEnd */ .s8)(options.apiUrl, '/'), log: silentLog });
    async function attempt(route, params) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeoutMs);
        let outcome;
        const wrappedFetch = async (url, init) => {
            const signals = [controller.signal, ...(init?.signal ? [init.signal] : []), ...(stop ? [stop] : [])];
            const signal = signals.length === 1 ? controller.signal : AbortSignal.any(signals);
            let response;
            try {
                response = await innerFetch(url, { ...init, signal });
            }
            catch (error) {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: 'network', detail: scrub(describeNetworkError(error)) };
                throw error;
            }
            const read = await (0,_read_capped_js__WEBPACK_IMPORTED_MODULE_1__/* .readCapped */ .E)(response, maxBytes);
            if (read.type !== 'ok') {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: read.type, detail: '' };
                throw new Error(read.type);
            }
            const text = new TextDecoder('utf-8').decode(read.bytes);
            outcome = { type: 'response', response: { status: response.status, headers: response.headers, text } };
            // Hand Octokit a small, already-read copy; it never touches the network body.
            const headers = new Headers(response.headers);
            headers.delete('content-length');
            headers.delete('content-encoding');
            const nullBody = [101, 103, 204, 205, 304].includes(response.status);
            return new Response(nullBody ? null : read.bytes, {
                status: response.status,
                statusText: response.statusText,
                headers,
            });
        };
        try {
            await octokit.request(route, {
                ...params,
                request: { fetch: wrappedFetch, parseSuccessResponseBody: false },
            });
        }
        catch (error) {
            // Octokit throws for HTTP errors and for whatever our wrapper threw; `outcome` knows which.
            if (!outcome) {
                outcome = timedOut
                    ? { type: 'failure', kind: 'timeout', detail: '' }
                    : { type: 'failure', kind: 'network', detail: scrub(describeNetworkError(error)) };
            }
        }
        finally {
            clearTimeout(timer);
        }
        return outcome ?? { type: 'failure', kind: 'network', detail: 'no response' };
    }
    async function get(route, params) {
        let last;
        for (let n = 1; n <= retry.attempts; n++) {
            if (stop?.aborted)
                return stopped;
            const outcome = await attempt(route, params);
            if (stop?.aborted)
                return stopped;
            const isLast = n === retry.attempts;
            const backoff = Math.min(retry.baseDelayMs * 2 ** (n - 1), retry.maxDelayMs);
            if (outcome.type === 'failure') {
                switch (outcome.kind) {
                    case 'timeout':
                        return { ok: false, kind: 'timeout', reason: `timed out after ${timeoutMs} ms` };
                    case 'too-large':
                        return { ok: false, kind: 'too-large', reason: `response too large (over ${formatBytes(maxBytes)})` };
                    case 'truncated':
                        return { ok: false, kind: 'truncated', reason: 'response truncated' };
                    case 'network':
                        last = {
                            ok: false,
                            kind: 'network',
                            reason: `network error after ${n} attempt${n === 1 ? '' : 's'}${outcome.detail ? `: ${outcome.detail}` : ''}`,
                        };
                        if (isLast)
                            return last;
                        await sleep(backoff, stop);
                        continue;
                }
            }
            const { status, headers, text } = outcome.response;
            if (status >= 200 && status < 300)
                return parseSuccess(status, headers, text);
            const apiMessage = errorMessage(text, scrub);
            const base = { ok: false, status, ...(apiMessage ? { apiMessage } : {}) };
            if (status >= 500) {
                last = { ...base, kind: 'server-error', reason: `server error after ${n} attempt${n === 1 ? '' : 's'} (last HTTP ${status})` };
                if (isLast)
                    return last;
                await sleep(backoff, stop);
                continue;
            }
            if (status === 403 || status === 429) {
                const retryAfter = parseRetryAfter(headers.get('retry-after'));
                const secondary = /secondary rate limit/i.test(apiMessage ?? '') || retryAfter !== null;
                const remaining = headers.get('x-ratelimit-remaining');
                if (!secondary && remaining === '0') {
                    const reset = Number(headers.get('x-ratelimit-reset'));
                    const until = Number.isFinite(reset) && reset > 0 ? `; resets at ${new Date(reset * 1000).toISOString()}` : '';
                    return { ...base, kind: 'rate-limited', reason: `rate limited (HTTP ${status}): API rate limit exhausted${until}` };
                }
                if (secondary || status === 429) {
                    const wait = retryAfter !== null ? retryAfter * 1000 : backoff;
                    if (retryAfter !== null && wait > retry.maxDelayMs) {
                        return {
                            ...base,
                            kind: 'rate-limited',
                            reason: `rate limited (HTTP ${status}, secondary rate limit): GitHub asked to wait ${retryAfter} s, longer than this run waits`,
                        };
                    }
                    last = {
                        ...base,
                        kind: 'rate-limited',
                        reason: `rate limited (HTTP ${status}, secondary rate limit) after ${n} attempt${n === 1 ? '' : 's'}`,
                    };
                    if (isLast)
                        return last;
                    await sleep(Math.min(wait, retry.maxDelayMs), stop);
                    continue;
                }
            }
            return { ...base, kind: 'http', reason: `HTTP ${status}` };
        }
        /* c8 ignore next */
        return last ?? { ok: false, kind: 'network', reason: 'no attempt made' };
    }
    return { get };
}
function parseSuccess(status, headers, text) {
    const hasNextPage = /rel="next"/.test(headers.get('link') ?? '');
    if (status === 204 || text.length === 0)
        return { ok: true, status, data: null, hasNextPage };
    try {
        return { ok: true, status, data: JSON.parse(text), hasNextPage };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : '';
        const trimmed = text.trimStart();
        const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
        if (looksJson && /end of JSON input|Unterminated|Expected .* after|Bad control character/i.test(message) && endsEarly(text)) {
            return { ok: false, kind: 'truncated', status, reason: 'response truncated' };
        }
        return { ok: false, kind: 'not-json', status, reason: 'response was not JSON' };
    }
}
/** A JSON document cut short has unbalanced brackets; a malformed complete one usually does not. */
function endsEarly(text) {
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (const ch of text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch === '\\')
                escaped = true;
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        else if (ch === '{' || ch === '[')
            depth++;
        else if (ch === '}' || ch === ']')
            depth--;
    }
    return inString || depth > 0;
}
function errorMessage(text, scrub) {
    if (!text)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && typeof parsed.message === 'string') {
            return shorten(scrub(parsed.message));
        }
    }
    catch {
        // not JSON: no message to report
    }
    return undefined;
}
function parseRetryAfter(value) {
    if (value === null || value.trim() === '')
        return null;
    const seconds = Number(value.trim());
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds;
    const date = Date.parse(value);
    if (Number.isFinite(date))
        return Math.max(0, Math.ceil((date - Date.now()) / 1000));
    return null;
}
function describeNetworkError(error) {
    if (!(error instanceof Error))
        return 'unknown error';
    const cause = error.cause;
    if (cause instanceof Error) {
        const code = cause.code;
        return shorten(typeof code === 'string' ? code : cause.message);
    }
    return shorten(error.message);
}
function scrubToken(text, token) {
    if (!token || token.length < 4)
        return text;
    return text.split(token).join('***');
}
function shorten(text, max = 200) {
    return text.length > max ? `${text.slice(0, max)}\u2026` : text;
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MB`;
    return `${bytes} bytes`;
}
function positive(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
function nonNegative(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 1525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ OBJECTIVE_IDS)
/* harmony export */ });
const OBJECTIVE_IDS = ['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender', 'cra-readiness'];


/***/ })

};
