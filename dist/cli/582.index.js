export const id = 582;
export const ids = [582];
export const modules = {

/***/ 1582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SchematicsClient: () => (/* binding */ SchematicsClient),
/* harmony export */   readSchematicsPlan: () => (/* binding */ readSchematicsPlan)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8395);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7856);
/* harmony import */ var _endpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1200);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4979);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8291);
/* harmony import */ var _iam_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2259);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4193);
/**
 * IBM Cloud Schematics: the Terraform plan of a job, for `schematics-job`. One read, GetJobFiles
 * (IBM/schematics-go-sdk schematicsv1: GET /v2/jobs/{job_id}/files?file_type=plan_json, answering
 * JobFileData whose file_content is the file). The plan is then pre-flighted as a terraform-plan.
 */







const OPERATION = 'read the job plan (plan_json)';
/** JobFileData as the SDK models it; only what we read. */
const jobFileBody = zod_mini__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    job_id: _parse_js__WEBPACK_IMPORTED_MODULE_5__/* .optStr */ .VK,
    file_type: _parse_js__WEBPACK_IMPORTED_MODULE_5__/* .optStr */ .VK,
    file_content: _parse_js__WEBPACK_IMPORTED_MODULE_5__/* .optStr */ .VK
});
class SchematicsClient {
    http;
    baseUrl;
    constructor(http, baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }
    /** The job's `terraform show -json` plan as text. A job without one is an unreadable answer, not a pass. */
    async jobPlan(token, jobId) {
        const res = await this.http.request({
            service: 'schematics',
            operation: OPERATION,
            method: 'GET',
            url: `${this.baseUrl}/v2/jobs/${encodeURIComponent(jobId)}/files`,
            query: { file_type: 'plan_json' },
            headers: { Authorization: `Bearer ${token}` }
        });
        const b = (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBody */ .OG)(jobFileBody, res.body, 'schematics', OPERATION);
        if (b.file_content === undefined || b.file_content.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.ApiError({
                service: 'schematics',
                operation: OPERATION,
                kind: 'unreadable',
                detail: 'answered no plan_json content for this job (a job that ran no plan, or a plan Schematics did not keep)'
            });
        return b.file_content;
    }
}
/** Exchange the key and read the job's plan, on its own short-lived client (before the run's own). */
async function readSchematicsPlan(r) {
    const endpoints = (0,_endpoints_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveEndpoints */ .$K)(r.env, r.visibility, r.region);
    const deadline = new _deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .Deadline */ .B(r.timeoutSeconds * 1000);
    const http = new _http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpClient */ .Qq({
        deadline,
        maxConcurrency: 1,
        userAgent: r.userAgent,
        debug: r.debug
    });
    try {
        const token = await new _iam_js__WEBPACK_IMPORTED_MODULE_4__/* .IamClient */ .h(http, endpoints.iam).exchangeApiKey(r.apiKey);
        return await new SchematicsClient(http, endpoints.schematics).jobPlan(token.accessToken, r.jobId);
    }
    finally {
        http.close();
        deadline.dispose();
    }
}


/***/ })

};
