/** Intent: what an operation will change, from inputs or from a Terraform plan. Entry points for the engine. */
export {intentFromInputs, INTENT_INPUTS, INPUTS_BY_OPERATION} from './inputs.js'
export {intentFromPlan, IKS_RESOURCE_TYPES} from './plan.js'
export * from './types.js'
